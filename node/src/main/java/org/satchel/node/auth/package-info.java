/**
 * Who is asking: {@link org.satchel.node.auth.Authenticator} turns a request's Authorization header
 * into an {@link org.satchel.node.auth.Authentication}. It accepts the node's own short-lived
 * tokens ({@link org.satchel.node.auth.TokenAuthority}, RFC 9068 access tokens signed with the
 * node's Ed25519 key) and, when configured, staff tokens from the school's OpenID Connect provider
 * ({@link org.satchel.node.auth.OidcIssuer}). Local sign-in accounts with Argon2id password hashes
 * are kept by {@link org.satchel.node.auth.Accounts}.
 */
package org.satchel.node.auth;
