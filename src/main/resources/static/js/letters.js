// The take-action page's "Copy the letter" buttons. They stay hidden where the browser cannot
// write to the clipboard (no script, or a page not served over HTTPS): the text can still be
// selected and copied by hand.
(function () {
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var field = document.getElementById(button.getAttribute('data-copy'));
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = button.getAttribute('data-copied');
      });
    });
  });
})();
