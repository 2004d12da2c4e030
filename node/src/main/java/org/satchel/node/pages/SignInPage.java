package org.satchel.node.pages;

import java.util.Optional;

/** The sign-in form, with an error or a notice above it when there is one. */
final class SignInPage {
    /** The one answer for an unknown username and a wrong password alike, so neither tells which usernames exist. */
    static final String FAILED = "That username and password do not match an account on this node. Check them and try again.";
    static final String SESSION_ENDED = "Your session has ended. Sign in again to carry on.";
    static final String SIGNED_OUT = "You have signed out.";

    private SignInPage() {}

    static Page render(String username, Optional<String> error, Optional<String> notice) {
        Html message = error.map(e -> Html.of("""
                <div class="error" role="alert" id="sign-in-error"><p>{}</p></div>
                """, e)).orElse(notice.map(n -> Html.of("""
                <p role="status" id="sign-in-notice">{}</p>
                """, n)).orElse(Html.EMPTY));
        Html describedBy = error.isPresent() ? Html.constant(" aria-describedby=\"sign-in-error\"") : Html.EMPTY;
        Html main = Html.of("""
                <h1>Sign in</h1>
                <p>Sign in to see your record, who has looked at it, and the choices you can make about it.
                Staff sign in here too, to see the pupils they work with.</p>
                {}<form class="stacked" method="post" action="/sign-in"{}>
                <div><label for="username">Username</label>
                <input type="text" id="username" name="username" value="{}" autocomplete="username" autocapitalize="none" spellcheck="false" required></div>
                <div><label for="password">Password</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required></div>
                <div><button type="submit" class="primary">Sign in</button></div>
                </form>
                <p class="hint">No account yet? The school office makes one for you.</p>
                """, message, describedBy, username);
        return Page.of("Sign in", main, Optional.empty());
    }
}
