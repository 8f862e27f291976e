package com.ooma.telo.agent.spool;

import com.ooma.telo.agent.state.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/** Opens file channels for the spool; tests substitute one whose writes fail, to stand in for a dying disk. */
@FunctionalInterface
interface ChannelOpener {

    /** Real files; a spool file it creates is mode 0600 ({@link PrivateFiles}). */
    ChannelOpener DEFAULT = PrivateFiles::open;

    FileChannel open(Path path, OpenOption... options) throws IOException;
}
