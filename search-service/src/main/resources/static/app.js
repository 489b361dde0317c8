// Claimwire newsroom dashboard. Every piece of article text is untrusted: the DOM is built with textContent and
// attributes only, never innerHTML, and highlight markup from the server is parsed, not inserted.
(function () {
  'use strict';

  var FACETS = [
    { key: 'statuses', param: 'status', label: 'Tracking status', condition: 'statuses' },
    { key: 'types', param: 'type', label: 'Claim type', condition: 'claimTypes' },
    { key: 'speakers', param: 'speaker', label: 'Speaker', condition: 'speakers' },
    { key: 'speakerKinds', param: 'speakerKind', label: 'Speaker kind', condition: 'speakerKinds' },
    { key: 'entities', param: 'entity', label: 'Entity', condition: 'entities' },
    { key: 'topics', param: 'topic', label: 'Topic', condition: 'topics' },
    { key: 'sources', param: 'source', label: 'Outlet', condition: 'sources' }
  ];
  var FEED_LIMIT = 50;
  var API_KEY_STORAGE = 'claimwire.apiKey';
  var SVG = 'http://www.w3.org/2000/svg';

  var state = { q: '', sort: 'RELEVANCE', filters: {}, cursor: null };

  function $(id) { return document.getElementById(id); }

  /** An element with text and attributes set safely; children may be nodes or strings. */
  function el(tag, options, children) {
    var node = document.createElement(tag);
    options = options || {};
    if (options.className) { node.className = options.className; }
    if (options.text !== undefined && options.text !== null) { node.textContent = String(options.text); }
    if (options.attrs) {
      Object.keys(options.attrs).forEach(function (name) { node.setAttribute(name, options.attrs[name]); });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  var ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  /** Decodes the entities an HTML-encoding highlighter emits: named basics and numeric (&#8217; &#x2F;). */
  function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, function (entity, name) {
      if (name.charAt(0) !== '#') { return ENTITIES[name]; }
      var code = name.charAt(1) === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : entity;
    });
  }

  /** Server highlight (HTML-escaped text with <mark> tags) as text nodes and mark elements; nothing else survives. */
  function highlighted(markup) {
    var fragment = document.createDocumentFragment();
    var inMark = false;
    String(markup).split(/(<mark>|<\/mark>)/).forEach(function (part) {
      if (part === '<mark>') { inMark = true; return; }
      if (part === '</mark>') { inMark = false; return; }
      if (!part) { return; }
      var text = decodeEntities(part);
      fragment.appendChild(inMark ? el('mark', { text: text }) : document.createTextNode(text));
    });
    return fragment;
  }

  /**
   * The sentence with the claim's span emphasised, from offsets the server computed. When the search highlight
   * covers exactly the claim text, its matched words are marked inside the span too.
   */
  function sentenceWithClaim(context, highlight) {
    var fragment = document.createDocumentFragment();
    var claimText = context.text.slice(context.claimStart, context.claimEnd);
    var span = el('span', { className: 'claim-span' });
    if (highlight && decodeEntities(String(highlight).replace(/<\/?mark>/g, '')) === claimText) {
      span.appendChild(highlighted(highlight));
    } else {
      span.textContent = claimText;
    }
    fragment.appendChild(document.createTextNode(context.text.slice(0, context.claimStart)));
    fragment.appendChild(span);
    fragment.appendChild(document.createTextNode(context.text.slice(context.claimEnd)));
    return fragment;
  }

  function badge(text, className) {
    return el('span', { className: 'badge ' + (className || ''), text: text, attrs: { 'data-badge': text } });
  }

  function statusBadge(status) { return status ? badge(status, 'status-' + status) : null; }

  function formatDate(iso) {
    if (!iso) { return 'date unknown'; }
    var date = new Date(iso);
    return isNaN(date.getTime()) ? 'date unknown' : date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  }

  /** A link to the article only for http(s) URLs; anything else is shown as plain text. */
  function articleLink(url, title) {
    var text = title || url || 'article';
    if (url && /^https?:\/\//i.test(url)) {
      return el('a', { text: text, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' } });
    }
    return el('span', { text: text });
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var error = new Error(body.detail || body.title || ('HTTP ' + response.status));
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  // ---- search ----

  function searchUrl() {
    var params = new URLSearchParams();
    if (state.q) { params.set('q', state.q); }
    params.set('sort', state.sort);
    params.set('size', '20');
    Object.keys(state.filters).forEach(function (param) {
      state.filters[param].forEach(function (value) { params.append(param, value); });
    });
    if (state.cursor) { params.set('cursor', state.cursor); }
    return '/api/claims/search?' + params.toString();
  }

  function runSearch(append) {
    if (!append) { state.cursor = null; }
    $('status-line').textContent = 'Searching…';
    return getJson(searchUrl()).then(function (page) {
      $('status-line').textContent = page.total + (page.total === 1 ? ' claim' : ' claims');
      describeRule();
      if (!append) {
        renderFacets(page.facets || {});
        renderTimeline((page.facets || {}).dates || []);
        clear($('results'));
      }
      renderResults(page.hits || []);
      state.cursor = page.nextCursor;
      $('more').hidden = !page.nextCursor;
    }).catch(function (error) {
      $('status-line').textContent = 'Search failed: ' + error.message;
    });
  }

  function renderFacets(facets) {
    var container = $('facets');
    clear(container);
    FACETS.forEach(function (facet) {
      var values = facets[facet.key] || [];
      var selected = state.filters[facet.param] || [];
      if (values.length === 0 && selected.length === 0) { return; }
      var list = el('ul');
      var shown = values.slice();
      selected.forEach(function (value) {
        if (!shown.some(function (v) { return v.value === value; })) { shown.push({ value: value, count: 0 }); }
      });
      shown.forEach(function (entry) {
        var box = el('input', { attrs: { type: 'checkbox', 'data-facet': facet.param, 'data-value': entry.value } });
        box.checked = selected.indexOf(entry.value) >= 0;
        box.addEventListener('change', function () { toggleFilter(facet.param, entry.value, box.checked); });
        list.appendChild(el('li', {}, [el('label', {}, [box, el('span', { className: 'value', text: entry.value }),
          el('span', { className: 'count', text: entry.count })])]));
      });
      container.appendChild(el('section', { className: 'facet', attrs: { 'data-facet-group': facet.param } },
        [el('h3', { text: facet.label }), list]));
    });
  }

  function toggleFilter(param, value, on) {
    var values = (state.filters[param] || []).filter(function (v) { return v !== value; });
    if (on) { values.push(value); }
    if (values.length) { state.filters[param] = values; } else { delete state.filters[param]; }
    runSearch(false);
  }

  function renderTimeline(buckets) {
    var container = $('timeline-chart');
    clear(container);
    if (!buckets.length) {
      container.appendChild(el('p', { className: 'empty', text: 'No dated claims.' }));
      return;
    }
    var width = 600, height = 110, bottom = 18, top = 12;
    var max = Math.max.apply(null, buckets.map(function (b) { return b.count; })) || 1;
    var step = width / buckets.length;
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Claims per period');
    svg.setAttribute('id', 'timeline-svg');
    buckets.forEach(function (bucket, i) {
      var barHeight = (height - bottom - top) * bucket.count / max;
      var rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('class', 'bar');
      var barWidth = Math.min(Math.max(step * 0.8, 1), 48);
      rect.setAttribute('x', String(i * step + (step - barWidth) / 2));
      rect.setAttribute('width', String(barWidth));
      rect.setAttribute('y', String(height - bottom - barHeight));
      rect.setAttribute('height', String(barHeight));
      var title = document.createElementNS(SVG, 'title');
      title.textContent = String(bucket.value).slice(0, 10) + ': ' + bucket.count;
      rect.appendChild(title);
      svg.appendChild(rect);
    });
    [0, buckets.length - 1].forEach(function (i, n) {
      var label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', n === 0 ? '0' : String(width));
      label.setAttribute('y', String(height - 4));
      label.setAttribute('text-anchor', n === 0 ? 'start' : 'end');
      label.textContent = String(buckets[i].value).slice(0, 10);
      svg.appendChild(label);
    });
    var peak = document.createElementNS(SVG, 'text');
    peak.setAttribute('x', '0');
    peak.setAttribute('y', '10');
    peak.textContent = 'max ' + max;
    svg.appendChild(peak);
    container.appendChild(svg);
  }

  function renderResults(hits) {
    var list = $('results');
    if (!hits.length && !list.firstChild) {
      list.appendChild(el('li', { className: 'empty', text: 'No claims match.' }));
      return;
    }
    var sentences = {};
    var highlights = {};
    hits.forEach(function (hit) {
      var sentence = el('p', { className: 'sentence' }, [highlighted(hit.highlight || escapeForHighlight(hit.text))]);
      sentences[hit.id] = sentence;
      highlights[hit.id] = hit.highlight;
      list.appendChild(claimCard(hit, sentence));
    });
    var ids = hits.map(function (hit) { return hit.id; });
    if (!ids.length) { return; }
    getJson('/api/claims/contexts?ids=' + encodeURIComponent(ids.join(','))).then(function (contexts) {
      Object.keys(contexts).forEach(function (id) {
        var target = sentences[id];
        if (target) { clear(target); target.appendChild(sentenceWithClaim(contexts[id], highlights[id])); }
      });
    }).catch(function () { /* the claim text alone stays shown */ });
  }

  function escapeForHighlight(text) {
    return String(text || '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function claimCard(hit, sentence) {
    var tracking = hit.tracking || {};
    var speaker = hit.speaker || {};
    var card = el('li', { className: 'claim', attrs: { tabindex: '0', 'data-claim-id': hit.id } }, [
      el('div', { className: 'meta' }, [
        el('span', { className: 'speaker', text: speaker.name || 'unknown speaker' }),
        speaker.kind ? badge(speaker.kind, 'kind') : null,
        badge(hit.type, 'type'),
        statusBadge(tracking.status),
        tracking.reports > 1 ? el('span', { className: 'source', text: tracking.reports + ' reports, ' + tracking.outlets + ' outlets' }) : null
      ]),
      sentence,
      el('div', { className: 'source' }, [articleLink(hit.articleUrl, hit.articleTitle),
        ' · ' + (hit.source || 'unknown outlet') + ' · ' + formatDate(hit.publishedAt)])
    ]);
    function open(event) {
      if (event.target.tagName === 'A') { return; }
      openClaim(hit.id);
    }
    card.addEventListener('click', open);
    card.addEventListener('keydown', function (event) { if (event.key === 'Enter') { open(event); } });
    return card;
  }

  // ---- claim detail ----

  function openClaim(id) {
    var body = $('detail-body');
    clear(body);
    body.appendChild(el('p', { className: 'empty', text: 'Loading…' }));
    $('detail').hidden = false;
    getJson('/api/claims/' + encodeURIComponent(id)).then(renderDetail).catch(function (error) {
      clear(body);
      body.appendChild(el('p', { className: 'empty', text: error.status === 404
        ? 'This claim is not indexed yet; try again in a moment.' : 'Could not load the claim: ' + error.message }));
    });
  }

  function closeDetail() { $('detail').hidden = true; }

  function renderDetail(detail) {
    var claim = detail.claim;
    var tracking = claim.tracking || {};
    var speaker = claim.speaker || {};
    var body = $('detail-body');
    clear(body);
    body.setAttribute('data-claim-id', claim.id);
    var quote = el('blockquote', { attrs: { id: 'detail-claim' } },
      [detail.context ? sentenceWithClaim(detail.context) : document.createTextNode(claim.text)]);
    var timelineButton = el('button', { className: 'link-button', text: 'Timeline of ' + (speaker.name || 'speaker'),
      attrs: { type: 'button', id: 'speaker-timeline-button' } });
    var timelineBox = el('div', { attrs: { id: 'speaker-timeline' } });
    timelineButton.addEventListener('click', function () { loadTimeline(speaker.name, timelineBox); });
    body.appendChild(el('div', { className: 'meta' }, [
      el('strong', { text: speaker.name || 'unknown speaker' }),
      speaker.role ? document.createTextNode(' (' + speaker.role + ')') : null, ' ',
      speaker.kind ? badge(speaker.kind, 'kind') : null, ' ',
      badge(claim.type, 'type'), ' ', statusBadge(tracking.status)]));
    body.appendChild(quote);
    body.appendChild(el('dl', { className: 'facts' }, [
      el('dt', { text: 'Article' }), el('dd', {}, [articleLink(claim.articleUrl, claim.articleTitle)]),
      el('dt', { text: 'Outlet' }), el('dd', { text: claim.source || 'unknown' }),
      el('dt', { text: 'Published' }), el('dd', { text: formatDate(claim.publishedAt) }),
      el('dt', { text: 'First seen' }), el('dd', { text: formatDate(tracking.firstSeenAt) + (tracking.firstSource ? ' · ' + tracking.firstSource : '') }),
      el('dt', { text: 'Reports' }), el('dd', { text: (detail.cluster.reports) + ' in ' + detail.cluster.outlets + ' outlet(s)' }),
      el('dt', { text: 'Entities' }), el('dd', { text: (claim.entities || []).join(', ') || '—' })
    ]));
    body.appendChild(timelineButton);
    body.appendChild(timelineBox);

    body.appendChild(el('h3', { text: 'Opposing claims' }));
    if (!detail.opposing.length) {
      body.appendChild(el('p', { className: 'empty', text: 'Nobody has taken the opposite stance yet.' }));
    } else {
      body.appendChild(el('ol', { attrs: { id: 'opposing-list' } }, detail.opposing.map(function (entry) {
        return el('li', { attrs: { 'data-relation': entry.relation } }, [
          el('span', { className: 'relation-' + entry.relation, text: entry.relation === 'REVERSAL' ? 'Reversal' : 'Dispute' }),
          ' · ', el('strong', { text: (entry.claim.speaker || {}).name || 'unknown' }), ' ', badge(entry.claim.type, 'type'),
          ' ' + formatDate(entry.claim.publishedAt) + ': ', el('span', { text: entry.claim.text })]);
      })));
    }

    body.appendChild(el('h3', { text: 'Every report of this claim' }));
    body.appendChild(el('ol', { attrs: { id: 'cluster-list' } }, detail.cluster.claims.map(function (member) {
      return el('li', {}, [el('span', { text: formatDate(member.publishedAt) + ' · ' + (member.source || 'unknown outlet') + ' · ' }),
        articleLink(member.articleUrl, member.articleTitle), ' ', statusBadge((member.tracking || {}).status),
        el('div', { text: ((member.speaker || {}).name || 'unknown') + ': ' + member.text })]);
    })));
  }

  function loadTimeline(name, box) {
    clear(box);
    getJson('/api/speakers/' + encodeURIComponent(name) + '/timeline').then(function (timeline) {
      box.appendChild(el('h3', { text: timeline.speaker + ': ' + timeline.total + ' claim(s)' }));
      box.appendChild(el('ol', {}, timeline.claims.map(function (entry) {
        return el('li', {}, [el('span', { text: formatDate(entry.publishedAt) + ' ' }), badge(entry.type, 'type'), ' ',
          statusBadge(entry.status), ' ', el('span', { text: entry.text })]);
      })));
    }).catch(function (error) { box.appendChild(el('p', { className: 'empty', text: error.message })); });
  }

  // ---- live feed ----

  function connectFeed() {
    if (!window.EventSource) {
      $('feed-state').textContent = 'live feed unsupported';
      return;
    }
    var source = new EventSource('/api/stream/claims');
    source.onopen = function () { setFeedState('live'); };
    source.onerror = function () { setFeedState('reconnecting'); };
    source.addEventListener('claim', function (event) {
      var item;
      try { item = JSON.parse(event.data); } catch (e) { return; }
      addFeedItem(item);
    });
  }

  function setFeedState(value) { setLiveState('feed-state', value); }

  function setLiveState(id, value) {
    var node = $(id);
    node.textContent = value;
    node.setAttribute('data-state', value);
  }

  function addFeedItem(item) {
    var list = $('feed');
    var entry = el('li', { className: 'feed-item status-' + item.status, attrs: { 'data-claim-id': item.claimId, tabindex: '0' } }, [
      el('div', { className: 'meta' }, [statusBadge(item.status), ' ', badge(item.type, 'type'), ' ',
        el('strong', { text: item.speaker || 'unknown speaker' })]),
      el('div', { className: 'feed-text', text: item.text }),
      el('div', { className: 'source', text: (item.source || 'unknown outlet') + ' · ' + formatDate(item.publishedAt) })
    ]);
    entry.addEventListener('click', function () { openClaim(item.claimId); });
    list.insertBefore(entry, list.firstChild);
    while (list.children.length > FEED_LIMIT) { list.removeChild(list.lastChild); }
  }

  // ---- alert rule from the current search ----

  /** The rule conditions the active facet filters stand for; the search's free text becomes the rule's query. */
  function ruleConditions() {
    var conditions = {};
    FACETS.forEach(function (facet) {
      var values = state.filters[facet.param];
      if (values && values.length) { conditions[facet.condition] = values.slice(); }
    });
    return conditions;
  }

  function describeRule() {
    var parts = [];
    if (state.q) { parts.push('text "' + state.q + '"'); }
    FACETS.forEach(function (facet) {
      var values = state.filters[facet.param];
      if (values && values.length) { parts.push(facet.label.toLowerCase() + ': ' + values.join(' or ')); }
    });
    $('rule-summary').textContent = parts.length
      ? 'Alerts on new claims matching ' + parts.join('; ') + '.'
      : 'Search or pick filters first: a rule needs a query or at least one filter.';
  }

  function ruleRequest() {
    var webhookUrl = $('rule-webhook').value.trim();
    return {
      name: $('rule-name').value.trim(),
      query: state.q || null,
      conditions: ruleConditions(),
      webhook: webhookUrl ? { url: webhookUrl, secret: $('rule-secret').value } : null
    };
  }

  function showRuleMessage(text, outcome) {
    var message = $('rule-message');
    message.textContent = text;
    message.setAttribute('data-outcome', outcome);
  }

  function createRule(event) {
    event.preventDefault();
    var apiKey = $('rule-api-key').value.trim();
    sessionStorage.setItem(API_KEY_STORAGE, apiKey);
    showRuleMessage('Creating…', 'pending');
    fetch('/api/alert-rules', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-API-Key': apiKey },
      body: JSON.stringify(ruleRequest())
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          showRuleMessage('Rule not created (' + response.status + '): '
            + (body.detail || body.title || 'unexpected error'), 'error');
          return;
        }
        $('rule-form').setAttribute('data-rule-id', body.id);
        showRuleMessage('Rule "' + body.name + '" created; its alerts appear in the Alerts panel.', 'created');
      });
    }).catch(function (error) {
      showRuleMessage('Rule not created: ' + error.message, 'error');
    });
  }

  // ---- live alerts ----

  var shownAlerts = {};

  function connectAlerts() {
    if (!window.EventSource) {
      $('alerts-state').textContent = 'live alerts unsupported';
      return;
    }
    // EventSource reconnects by itself, sending the last alert id it saw, and the server replays what was missed.
    var source = new EventSource('/api/alerts/stream');
    source.onopen = function () { setLiveState('alerts-state', 'live'); };
    source.onerror = function () { setLiveState('alerts-state', 'reconnecting'); };
    source.addEventListener('alert', function (event) {
      var alert;
      try { alert = JSON.parse(event.data); } catch (e) { return; }
      addAlert(alert);
    });
  }

  function addAlert(alert) {
    if (!alert || !alert.trigger || !alert.trigger.extracted
        || Object.prototype.hasOwnProperty.call(shownAlerts, alert.alertId)) { return; }
    shownAlerts[alert.alertId] = true;
    var trigger = alert.trigger;
    var claim = trigger.extracted.claim || {};
    var speaker = claim.speaker || {};
    var list = $('alerts');
    var entry = el('li', { className: 'feed-item alert-item', attrs: { 'data-alert-id': alert.alertId,
      'data-rule-id': alert.ruleId, 'data-claim-id': claim.id, tabindex: '0' } }, [
      el('div', { className: 'rule-name', text: alert.ruleName || 'alert rule' }),
      el('div', { className: 'meta' }, [statusBadge(trigger.status), ' ', badge(claim.type, 'type'), ' ',
        el('strong', { text: speaker.name || 'unknown speaker' })]),
      el('div', { className: 'feed-text', text: claim.text }),
      el('div', { className: 'source', text: (trigger.extracted.source || 'unknown outlet') + ' · raised '
        + formatDate(alert.raisedAt) })
    ]);
    entry.addEventListener('click', function () { openClaim(claim.id); });
    list.insertBefore(entry, list.firstChild);
    while (list.children.length > FEED_LIMIT) { list.removeChild(list.lastChild); }
  }

  // ---- wiring ----

  document.addEventListener('DOMContentLoaded', function () {
    $('search-form').addEventListener('submit', function (event) {
      event.preventDefault();
      state.q = $('q').value.trim();
      state.sort = $('sort').value;
      runSearch(false);
    });
    $('sort').addEventListener('change', function () { state.sort = $('sort').value; runSearch(false); });
    $('more').addEventListener('click', function () { runSearch(true); });
    $('clear-filters').addEventListener('click', function () { state.filters = {}; runSearch(false); });
    $('detail-close').addEventListener('click', closeDetail);
    $('detail').addEventListener('click', function (event) { if (event.target === $('detail')) { closeDetail(); } });
    document.addEventListener('keydown', function (event) { if (event.key === 'Escape') { closeDetail(); } });
    $('rule-form').addEventListener('submit', createRule);
    $('rule-api-key').value = sessionStorage.getItem(API_KEY_STORAGE) || '';
    describeRule();
    connectFeed();
    connectAlerts();
    runSearch(false);
  });
}());
