/**
 * Models: which detector a detection uses. A {@link ModelReference} names one (the demo model, a model
 * directory); the {@link ModelRepository} service turns it into a model ready to load, making the demo model when
 * it is missing. Callers that let a user name a model, or not, decide nothing else: "no model named" is
 * {@link ModelReference#namedOrDemo}.
 */
@Export
@Version("1.0.0")
package org.kissdetect.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
