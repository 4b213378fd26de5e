// Article page: a quote, event or entity marked in the text leads to its entry in the facts list.
(function () {
  'use strict';
  function show(mark) {
    var id = mark.getAttribute('data-fact');
    var fact = id && document.getElementById(id);
    if (!fact) {
      return;
    }
    document.querySelectorAll('.facts .current').forEach(function (el) {
      el.classList.remove('current');
    });
    fact.classList.add('current');
    fact.setAttribute('tabindex', '-1');
    fact.focus();
  }
  document.querySelectorAll('#article-text [data-fact]').forEach(function (mark) {
    mark.addEventListener('click', function () { show(mark); });
    mark.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        show(mark);
      }
    });
  });
})();
