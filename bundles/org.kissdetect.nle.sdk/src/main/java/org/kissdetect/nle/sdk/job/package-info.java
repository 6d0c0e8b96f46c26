/**
 * Background jobs: long work that the host runs off its UI thread, showing progress and offering to cancel.
 *
 * <p><b>The host implements</b> {@link org.kissdetect.nle.sdk.job.Jobs}, {@link org.kissdetect.nle.sdk.job.JobMonitor}
 * and {@link org.kissdetect.nle.sdk.job.JobHandle}, and registers one {@code Jobs} service. <b>Plugins
 * implement</b> {@link org.kissdetect.nle.sdk.job.Job}. A job that fails has its exception's message shown to the
 * user; a job that ends with {@link org.kissdetect.nle.sdk.job.JobCancelledException} is reported as cancelled,
 * not as a failure.
 */
@Export
@Version("1.0.0")
package org.kissdetect.nle.sdk.job;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
