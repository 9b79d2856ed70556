// Moves keyboard and screen-reader focus to an error summary when a page shows one (WCAG 3.3.1).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.kf-error-summary, .error-summary[role=alert]');
  if (summary) {
    summary.setAttribute('tabindex', '-1');
    summary.focus();
  }
});
