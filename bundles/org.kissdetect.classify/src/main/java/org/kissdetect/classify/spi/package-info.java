/**
 * The training SPI between the classification bundle, where the tensors live, and the training bundle, which runs
 * the paper's protocol: {@link org.kissdetect.classify.spi.NetworkTrainer} builds a
 * {@link org.kissdetect.classify.spi.TrainableNetwork} and runs its steps. It is no contract for hosts: exported
 * with the mandatory attribute {@code spi=training}, so only a bundle that asks for it by that attribute (the
 * training bundle, in its {@code bnd.bnd}) can wire to it.
 */
@Export(attribute = {"spi=training", "mandatory:=spi"})
@Version("1.0.0")
package org.kissdetect.classify.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
