/**
 * The classification bundle's SPI for the bundles that own other networks. Training:
 * {@link org.kissdetect.classify.spi.NetworkTrainer} builds a {@link org.kissdetect.classify.spi.TrainableNetwork}
 * and runs its steps for the training bundle. Model kinds: a {@link org.kissdetect.classify.spi.ModelKind} service
 * lets the classifier factory open model directories of another kind (the 3D ResNet-34 bundle's Kinetics models).
 * It is no contract for hosts: exported with the mandatory attribute {@code spi=training} (its first use; kept so
 * that existing imports still wire), so only a bundle that asks for it by that attribute (in its {@code bnd.bnd})
 * can wire to it.
 */
@Export(attribute = {"spi=training", "mandatory:=spi"})
@Version("1.3.0")
package org.kissdetect.classify.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
