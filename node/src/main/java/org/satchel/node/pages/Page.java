package org.satchel.node.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.satchel.node.access.Principal;

/**
 * One HTML page as the node sends it: an HTML5 document in English with the node's inline
 * stylesheet, a header saying who is signed in, the page's content in {@code <main>}, and headers
 * that keep it private (no caching) and confined (a Content Security Policy that lets only this
 * response's own inline style and script run, and lets nothing load from elsewhere).
 */
final class Page {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String title;
    private final Html main;
    private final Optional<Principal> signedIn;
    private final boolean script;

    private Page(String title, Html main, Optional<Principal> signedIn, boolean script) {
        this.title = title;
        this.main = main;
        this.signedIn = signedIn;
        this.script = script;
    }

    /** A page whose {@code main} holds exactly one {@code <h1>}. */
    static Page of(String title, Html main, Optional<Principal> signedIn) {
        return new Page(title, main, signedIn, false);
    }

    /** The same page with the script that sends its JSON forms. */
    Page withFormsScript() {
        return new Page(title, main, signedIn, true);
    }

    /** Sends the page with this status. */
    void send(ServerResponse res, Status status) {
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes());
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        // The pages show a learner's personal data: never stored by a browser or a proxy.
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.create("Content-Security-Policy"), "default-src 'none'; style-src 'nonce-" + nonce
                + "'; script-src 'nonce-" + nonce + "'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        res.header(HeaderNames.create("X-Content-Type-Options"), "nosniff");
        res.header(HeaderNames.create("Referrer-Policy"), "no-referrer");
        res.send(render(nonce).toString());
    }

    Html render(String nonce) {
        Html who = signedIn.map(p -> Html.of("""
                <p class="who">Signed in as <strong>{}</strong> ({})</p>
                <form class="sign-out" method="post" action="/sign-out"><button type="submit">Sign out</button></form>
                """, p.id(), Labels.of(p.role().iri().getURI()))).orElse(Html.EMPTY);
        Html nav = signedIn.map(p -> p.role().staff()
                ? Html.constant("<nav aria-label=\"Pages\"><a href=\"/staff\">Learners</a></nav>")
                : Html.constant("<nav aria-label=\"Pages\"><a href=\"/me\">My record</a></nav>")).orElse(Html.EMPTY);
        Html js = script ? Html.of("<script nonce=\"{}\">{}</script>\n", nonce, Html.constant(FormsScript.SOURCE)) : Html.EMPTY;
        return Html.of("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{} · Satchel</title>
                <style nonce="{}">{}</style>
                </head>
                <body>
                <a class="skip" href="#main">Skip to the main content</a>
                <header>
                <p class="site">Satchel</p>
                {}{}</header>
                <main id="main">
                {}</main>
                {}</body>
                </html>
                """, title, nonce, Html.constant(STYLE), nav, who, main, js);
    }

    private static byte[] bytes() {
        byte[] b = new byte[18];
        RANDOM.nextBytes(b);
        return b;
    }

    // Inline so that no page loads anything from anywhere (WCAG 2.2 §2.4.7 and §2.4.11: focus is visible and unobscured).
    private static final String STYLE = """
            :root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --accent: #1d4ed8; --refused: #8b1a10; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
            header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .75rem 1.5rem; border-bottom: 4px solid var(--accent); }
            header .site { font-weight: 700; font-size: 1.25rem; margin: 0 auto 0 0; }
            header p, header form { margin: 0; }
            main { max-width: 72rem; padding: 1rem 1.5rem 3rem; }
            h1 { font-size: 2rem; margin: .5rem 0 1rem; }
            h2 { font-size: 1.5rem; margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 1rem; }
            h3 { font-size: 1.15rem; margin-top: 1.5rem; }
            a { color: var(--accent); }
            a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible {
              outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
            /* Shown over the header when focused, so that showing it moves nothing else on the page. */
            .skip { position: absolute; left: -999rem; top: .5rem; z-index: 10; padding: .5rem; background: #fff; }
            .skip:focus { left: .5rem; }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            caption { text-align: left; font-weight: 600; padding: .25rem 0; }
            th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid var(--line); }
            thead th { border-bottom: 2px solid var(--ink); }
            tr.refused { background: #fbe9e7; }
            tr.refused td.outcome { color: var(--refused); font-weight: 700; }
            .muted { color: var(--muted); }
            .error, .problem { border-left: 6px solid var(--refused); padding: .5rem 1rem; background: #fbe9e7; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
            dl.facts dt { font-weight: 600; }
            dl.facts dd { margin: 0; }
            form.stacked { display: grid; gap: .75rem; max-width: 36rem; }
            label { font-weight: 600; display: block; }
            .check label { display: inline; font-weight: 400; }
            .hint { color: var(--muted); font-size: .95rem; margin: 0; }
            input[type=text], input[type=password], select, textarea { width: 100%; font: inherit; padding: .4rem; border: 2px solid var(--ink); }
            input[type=checkbox], input[type=radio] { width: 1.25rem; height: 1.25rem; vertical-align: middle; }
            button { font: inherit; padding: .45rem 1rem; border: 2px solid var(--ink); background: #f3f2f1; cursor: pointer; }
            button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
            [role=status]:empty { display: none; }
            [role=status] { padding: .5rem; border-left: 6px solid var(--accent); background: #eef2ff; }
            """;
}
