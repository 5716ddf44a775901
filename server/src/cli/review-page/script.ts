// The review page's script (inlined): a click on a summary row or a chart bar shows that
// report's findings; the address (#r3) keeps the choice for a reload or a shared link.
export const reviewScript = `
(function () {
  function show(id) {
    var sections = document.querySelectorAll('section.report');
    for (var i = 0; i < sections.length; i++) sections[i].hidden = sections[i].id !== id;
    var rows = document.querySelectorAll('tr.row');
    for (var j = 0; j < rows.length; j++) rows[j].classList.toggle('selected', rows[j].getAttribute('data-report') === id);
    var target = document.getElementById(id);
    if (target) target.scrollIntoView({ block: 'start' });
  }
  document.addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('[data-report]') : null;
    if (!el) return;
    e.preventDefault();
    var id = el.getAttribute('data-report');
    if (history.replaceState) history.replaceState(null, '', '#' + id);
    show(id);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !e.target.getAttribute || !e.target.getAttribute('data-report')) return;
    show(e.target.getAttribute('data-report'));
  });
  if (location.hash.length > 1 && document.getElementById(location.hash.slice(1))) show(location.hash.slice(1));
})();
`;
