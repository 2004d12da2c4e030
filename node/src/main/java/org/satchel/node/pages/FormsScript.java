package org.satchel.node.pages;

/**
 * The one script the pages carry, inline: it sends a form marked {@code data-api} to the JSON API
 * (consent and corrections take JSON, which an HTML form cannot send) with the session cookie,
 * and says in the form's status region what came of it, from the problem's {@code detail} when
 * the API refuses. It reads values from the form and writes only text, never markup.
 */
final class FormsScript {
    private FormsScript() {}

    static final String SOURCE = """
            (function () {
              'use strict';
              function body(form) {
                var out = {};
                Array.prototype.forEach.call(form.elements, function (el) {
                  if (!el.name || el.disabled) { return; }
                  if (el.type === 'checkbox') { out[el.name] = el.checked; }
                  else if (el.dataset.type === 'boolean') { out[el.name] = el.value === 'true'; }
                  else if (el.type !== 'submit' && el.type !== 'button') { out[el.name] = el.value; }
                });
                return out;
              }
              function say(form, words, failed) {
                var status = form.querySelector('[role=status]');
                status.textContent = words;
                status.dataset.outcome = failed ? 'failed' : 'done';
              }
              document.querySelectorAll('form[data-api]').forEach(function (form) {
                form.addEventListener('submit', function (event) {
                  event.preventDefault();
                  say(form, 'Sending…', false);
                  fetch(form.dataset.api, {
                    method: form.dataset.method || 'POST',
                    credentials: 'same-origin',
                    headers: {
                      'Content-Type': 'application/json',
                      'Accept': 'application/json, application/problem+json',
                      'Satchel-Purpose': 'learner-request'
                    },
                    body: JSON.stringify(body(form))
                  }).then(function (response) {
                    if (response.ok) { say(form, form.dataset.done, false); return; }
                    return response.json().then(function (problem) {
                      say(form, 'Not done: ' + (problem.detail || problem.title || response.statusText), true);
                    }, function () {
                      say(form, 'Not done: the node answered ' + response.status + ' ' + response.statusText, true);
                    });
                  }, function () {
                    say(form, 'Not sent: the node could not be reached. Try again in a moment.', true);
                  });
                });
              });
            })();
            """;
}
