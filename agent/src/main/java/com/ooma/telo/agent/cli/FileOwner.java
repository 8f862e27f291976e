package com.ooma.telo.agent.cli;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.Optional;

/**
 * {@code --owner USER[:GROUP]} of {@code keys generate}: the account the service runs as ({@code telo}) must own
 * the key files root writes for it, since private keys are 0600 and it could not read them otherwise. Looked up
 * before anything is written, so a misspelt name writes nothing. Without {@code :GROUP}, the group of the same name
 * when there is one.
 */
record FileOwner(String spec, UserPrincipal user, Optional<GroupPrincipal> group) {

    /** @throws IllegalArgumentException naming the user or group that does not exist */
    static FileOwner lookUp(String spec, FileSystem fs) throws IOException {
        UserPrincipalLookupService names = fs.getUserPrincipalLookupService();
        int colon = spec.indexOf(':');
        String userName = colon < 0 ? spec : spec.substring(0, colon);
        String groupName = colon < 0 ? userName : spec.substring(colon + 1);
        UserPrincipal user;
        try {
            user = names.lookupPrincipalByName(userName);
        } catch (UserPrincipalNotFoundException e) {
            throw new IllegalArgumentException("--owner: no such user '" + userName + "'");
        }
        Optional<GroupPrincipal> group;
        try {
            group = Optional.of(names.lookupPrincipalByGroupName(groupName));
        } catch (UserPrincipalNotFoundException e) {
            if (colon >= 0) {
                throw new IllegalArgumentException("--owner: no such group '" + groupName + "'");
            }
            group = Optional.empty();
        }
        return new FileOwner(spec, user, group);
    }

    /** Gives {@code file} (not a link's target) to this owner; needs root unless it is the caller already. */
    void give(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            throw new IOException("file system of '" + file + "' has no POSIX owners");
        }
        view.setOwner(user);
        if (group.isPresent()) {
            view.setGroup(group.get());
        }
    }
}
