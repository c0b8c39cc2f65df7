/*
 * Dateline's view beacon. Article pages rendered with a beacon URL carry
 * <div data-dateline-beacon="URL" hidden></div>; this script reports one view to each such URL, so
 * that pages served from a cache or a CDN are still counted. It is loaded async from the head, so it
 * may run before the article is parsed: then it waits for the document.
 */
(function () {
  'use strict';

  function send(url) {
    // sendBeacon queues a POST that survives the reader leaving the page; it returns false when the
    // browser refuses to queue it, and then fetch with keepalive does the same job.
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(url)) {
        return;
      }
    } catch (e) {
      // Fall through to fetch: some browsers throw on URLs they will not beacon to.
    }
    if (window.fetch) {
      fetch(url, { method: 'POST', keepalive: true }).catch(function () {});
    }
  }

  function fire() {
    var elements = document.querySelectorAll('[data-dateline-beacon]');
    for (var i = 0; i < elements.length; i++) {
      var element = elements[i];
      var url = element.getAttribute('data-dateline-beacon');
      // Removing the attribute first means a second copy of this script counts nothing twice.
      element.removeAttribute('data-dateline-beacon');
      if (url) {
        send(url);
      }
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', fire);
  } else {
    fire();
  }
})();
