package org.leaps.portal.availability;

/**
 * The signed-in counselor's directory choice with the roster phones it can pick from.
 *
 * @param mobilePhone the roster's mobile number, or {@code null}
 * @param workPhone the roster's work number, or {@code null}
 */
public record MyDirectoryListing(DirectoryChoice choice, String mobilePhone, String workPhone) {}
