// Moves keyboard and screen-reader focus to an error summary when a page shows one (WCAG 3.3.1).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.kf-error-summary, .error-summary[role=alert]');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
});

// Reasoning snippets: append the chosen text to the reasoning and return focus to it.
document.addEventListener('click', function (event) {
  var button = event.target.closest('.insert-snippet');
  if (!button) {
    return;
  }
  var reasoning = document.getElementById('reasoning');
  var text = button.parentElement.querySelector('.snippet-text').textContent.trim();
  reasoning.value = reasoning.value.trim() ? reasoning.value.trim() + '\n\n' + text : text;
  reasoning.focus();
});
