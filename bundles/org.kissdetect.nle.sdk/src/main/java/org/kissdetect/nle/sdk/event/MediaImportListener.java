package org.kissdetect.nle.sdk.event;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears of media imported into a project. <b>Implemented by plugins</b>, registered as a whiteboard service.
 * Return quickly: long work belongs in a {@linkplain org.kissdetect.nle.sdk.job.Jobs job}.
 */
@ConsumerType
@FunctionalInterface
public interface MediaImportListener {

    /**
     * Media items were added to a project; they are in it already.
     *
     * @param event the project and the new items
     */
    void imported(MediaImportEvent event);
}
