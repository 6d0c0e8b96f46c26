package org.kissdetect.report.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Kiss Detector report",
        description = "The HTML report of a detection.")
@interface ReportConfiguration {

    @AttributeDefinition(name = "Folder for the stills",
            description = "Where the thumbnail of every decoded second waits, in one nameless temporary file, until"
                    + " the scenes are known (97 KB a second of a 16:9 film, 1 GB for 3 hours); empty means the system's temporary folder.")
    String stillsFolder() default "";
}
