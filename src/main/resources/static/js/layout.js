// The inbox badge in the navigation says how much waits; when nothing waits it is not shown.
document.addEventListener('htmx:afterSwap', function () {
  var badge = document.getElementById('inbox-count');
  if (badge) {
    badge.hidden = badge.textContent.trim() === '0';
  }
});
