package org.kissdetect.reference.editor.internal;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.nio.file.Path;

import javax.swing.TransferHandler;

/** Accepts files dropped on the window: projects are opened, anything else is imported. */
final class FileDrop extends TransferHandler {

    private static final long serialVersionUID = 1L;

    private final transient Consumer<List<Path>> open;

    FileDrop(Consumer<List<Path>> open) {
        this.open = open;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<?> files = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            open.accept(files.stream().filter(File.class::isInstance).map(f -> ((File) f).toPath()).toList());
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
