package org.kissdetect.report.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kiss Detector report",
        description = "The HTML report of a detection.")
@interface ReportConfiguration {

    @AttributeDefinition(name = "Folder for the stills",
            description = "Where the thumbnail of every decoded second waits, in one nameless temporary file, until"
                    + " the scenes are known (about 50 KB a second of film); empty means the system's temporary folder.")
    String stillsFolder() default "";
}
