/* sphinx-factcheck: sort and filter claim tables in the browser.
 *
 * Progressive enhancement with no dependencies: without this script every
 * report stays a plain, readable table. The page gets one filter box, before
 * its first claim table, that filters every claim table on the page, and each
 * column heading becomes a button that sorts its table.
 * Verdicts sort by the project's scale and statuses by its workflow (both
 * given as data attributes); empty cells always sort last. The words shown
 * come translated in data attributes too: this file holds none of its own.
 */
(function () {
  "use strict";

  var counter = 0;

  function columnOf(cell) {
    for (var i = 0; i < cell.classList.length; i++) {
      var name = cell.classList[i];
      if (name.indexOf("fc-col-") === 0) {
        return name.slice("fc-col-".length);
      }
    }
    return "";
  }

  function rankIn(order, key) {
    var rank = order.indexOf(key);
    return rank < 0 ? null : rank;
  }

  function sortValue(cell, column, orders) {
    if (!cell) {
      return null;
    }
    if (column === "verdict") {
      var badge = cell.querySelector(".fc-verdict");
      if (!badge) {
        return null;
      }
      for (var i = 0; i < badge.classList.length; i++) {
        var name = badge.classList[i];
        if (name.indexOf("fc-verdict-") === 0) {
          return rankIn(orders.verdict, name.slice("fc-verdict-".length));
        }
      }
      return null;
    }
    var text = cell.textContent.replace(/\s+/g, " ").trim();
    if (column === "status") {
      return rankIn(orders.status, text);
    }
    return text === "" ? null : text;
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") {
      return a - b;
    }
    return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: "base" });
  }

  function sortTable(table, index, column, descending, orders) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, position) {
      return { row: row, position: position, value: sortValue(row.cells[index], column, orders) };
    });
    keyed.sort(function (x, y) {
      if (x.value === null || y.value === null) {
        return (x.value === null) - (y.value === null) || x.position - y.position;
      }
      var order = compare(x.value, y.value);
      return (descending ? -order : order) || x.position - y.position;
    });
    keyed.forEach(function (item) {
      body.appendChild(item.row);
    });
  }

  function makeSortable(table, orders) {
    var head = table.tHead;
    if (!head || !head.rows.length || !table.tBodies.length) {
      return;
    }
    var headings = Array.prototype.slice.call(head.rows[0].cells);
    headings.forEach(function (heading, index) {
      var column = columnOf(heading);
      var button = document.createElement("button");
      button.type = "button";
      button.className = "fc-sort-button";
      // Headings are plain text; a button may hold phrasing content only.
      button.textContent = heading.textContent.trim();
      heading.textContent = "";
      heading.appendChild(button);
      button.addEventListener("click", function () {
        var descending = heading.getAttribute("aria-sort") === "ascending";
        headings.forEach(function (other) {
          other.removeAttribute("aria-sort");
        });
        heading.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sortTable(table, index, column, descending, orders);
      });
    });
  }

  function emptyNote(table, text) {
    var note = document.createElement("p");
    note.className = "fc-table-filter-empty";
    note.hidden = true;
    note.textContent = text;
    table.parentNode.insertBefore(note, table.nextSibling);
    return note;
  }

  // One filter box for the whole page: it sits before the first claim table and
  // filters every claim table on the page. A table left without rows says so.
  function addFilter(first, tables) {
    counter += 1;
    var bar = document.createElement("div");
    bar.className = "fc-table-filter";
    var label = document.createElement("label");
    label.htmlFor = "fc-table-filter-" + counter;
    label.textContent = first.getAttribute("data-fc-filter-label") || "";
    var input = document.createElement("input");
    input.type = "search";
    input.id = label.htmlFor;
    input.autocomplete = "off";
    var template = first.getAttribute("data-fc-filter-status") || "";
    var emptyText = first.getAttribute("data-fc-filter-empty") || "";
    var status = document.createElement("span");
    status.className = "fc-table-filter-status";
    status.setAttribute("role", "status");
    bar.appendChild(label);
    bar.appendChild(input);
    bar.appendChild(status);
    first.insertBefore(bar, first.firstChild);
    var notes = tables.map(function (table) {
      return emptyNote(table, emptyText);
    });

    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      var total = 0;
      tables.forEach(function (table, index) {
        var visible = 0;
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var text = row.textContent.toLowerCase();
          var match = words.every(function (word) {
            return text.indexOf(word) >= 0;
          });
          row.hidden = !match;
          visible += match ? 1 : 0;
          total += 1;
        });
        table.hidden = visible === 0;
        notes[index].hidden = visible !== 0;
        shown += visible;
      });
      status.textContent = words.length
        ? template.replace("{shown}", String(shown)).replace("{total}", String(total))
        : "";
    });
  }

  function setUp(tools) {
    var orders = {
      verdict: (tools.getAttribute("data-fc-verdict-order") || "").split(" "),
      status: (tools.getAttribute("data-fc-status-order") || "").split(" "),
    };
    var tables = Array.prototype.slice.call(tools.querySelectorAll("table.fc-claim-rows"));
    tables.forEach(function (table) {
      makeSortable(table, orders);
    });
    return tables;
  }

  function start() {
    var all = Array.prototype.slice.call(document.querySelectorAll(".fc-table-tools"));
    var tables = [];
    var first = null;
    all.forEach(function (tools) {
      var found = setUp(tools);
      if (found.length && first === null) {
        first = tools;
      }
      tables = tables.concat(found);
    });
    if (first !== null) {
      addFilter(first, tables);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
