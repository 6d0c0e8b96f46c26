package org.kissdetect.cli.internal;

import org.kissdetect.api.decode.MovieDecoder;

/** The movie decoder of a chosen mode, for commands that offer {@code --mode}. */
interface DecoderModes {

    /**
     * A decoder running in {@code mode}.
     *
     * @param mode {@code exact}, {@code fast}, or {@code null} for the configured mode
     * @return the decoder, usable for the rest of the command
     * @throws CommandFailure when no decoder of that mode becomes available
     */
    MovieDecoder decoder(String mode);
}
