package org.kissdetect.djl;

/** Starts libtorch in a JVM of its own (a JVM loads it once) and prints the folder it was loaded from. */
public final class StartPyTorch {

    private StartPyTorch() {
    }

    public static void main(String[] args) {
        String version = PyTorch.start();
        System.out.println(version + " " + ai.djl.pytorch.jni.LibUtils.getLibtorchPath());
    }
}
