/* Search page: a small Vietnamese interface over Pagefind's JavaScript API.
   Loaded on the search page only; everything comes from this site (no CDN).
   The index is one Pagefind bundle per year (pagefind/indexes.json "bundles", newest first,
   with the years of each) and a small bundle of the newest articles ("quick", whose pages are
   in no other bundle): the first is loaded and the others, the quick one too, merged into it
   with mergeIndex, so every article is searched once. The quick bundle also answers a query
   first on its own, and leads the searches without a query. */
const FILTERS = [
  // [Pagefind filter name (set in article.html), URL parameter]
  ["Văn bản", "van-ban"],
  ["Năm", "nam"],
  ["Chuyên mục", "chuyen-muc"],
];
const MAX_RESULTS = 30;
const FIRST_RESULTS = 10; // drawn before the rest are loaded
const TOP_VALUES = 8; // filter values shown before "Xem thêm"
const MORE_VALUES = 20; // shown by each "Xem thêm"

const script = document.querySelector("script[data-bundle]");
const bundle = new URL(script.dataset.bundle, document.baseURI);
const form = document.getElementById("tim-kiem");
const input = document.getElementById("tu-khoa-tim");
const filtersPanel = document.getElementById("bo-loc-hop");
const filtersSummary = document.getElementById("so-bo-loc");
const filtersBox = document.getElementById("bo-loc");
const statusLine = document.getElementById("trang-thai");
const list = document.getElementById("ket-qua");
const hint = document.getElementById("goi-y-tim");
const wide = window.matchMedia("(min-width: 48rem)");

function element(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/* "Quy định số 98-QĐ/TW" -> "quy dinh so 98 qd tw": what a reader may type, folded. */
function fold(text) {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/* Chosen filter values, {Pagefind filter name: Set(values)}, first from the address. */
function chosenFromAddress(params) {
  const chosen = {};
  for (const [name, param] of FILTERS) chosen[name] = new Set(params.getAll(param));
  return chosen;
}

function pagefindFilters(chosen) {
  const filters = {};
  for (const [name, values] of Object.entries(chosen)) {
    if (values.size) filters[name] = { any: [...values] };
  }
  return filters;
}

function countChosen(chosen) {
  return Object.values(chosen).reduce((sum, values) => sum + values.size, 0);
}

/* One group of checkboxes; long groups show their top values, a type-ahead and "Xem thêm". */
function filterGroup(name, param, values, chosen, serial) {
  const names = Object.keys(values).sort((a, b) => {
    if (param === "nam") return b.localeCompare(a);
    if (param === "van-ban" && values[a] !== values[b]) return values[b] - values[a];
    return a.localeCompare(b, "vi", { numeric: true });
  });
  const box = element("fieldset", { class: "filter-group", "data-param": param },
    element("legend", {}, name));
  const options = names.map((value, index) => {
    const id = `loc-${param}-${serial}-${index}`;
    const checkbox = element("input", { type: "checkbox", id, name: param, value });
    checkbox.dataset.filter = name;
    checkbox.checked = chosen[name].has(value);
    const option = element("div", { class: "filter-option" }, checkbox,
      element("label", { for: id }, `${value} (${values[value]})`));
    option.dataset.folded = fold(value);
    return option;
  });
  if (names.length <= TOP_VALUES) {
    box.append(...options);
    return box;
  }
  const findId = `tim-${param}-${serial}`;
  const finder = element("input", { type: "search", id: findId, class: "filter-find",
    autocomplete: "off", placeholder: "Gõ số hiệu hoặc tên" });
  const more = element("button", { type: "button", class: "filter-more" });
  const optionList = element("div", { class: "filter-list" }, ...options);
  let shown = TOP_VALUES;
  function show() {
    const wanted = fold(finder.value);
    const matching = options.filter((o) => !wanted || o.dataset.folded.includes(wanted));
    const visible = new Set(matching.slice(0, shown));
    for (const option of options) {
      option.hidden = !(visible.has(option) || option.querySelector("input").checked);
    }
    const rest = matching.length - visible.size;
    more.hidden = rest <= 0;
    more.textContent = `Xem thêm (${rest})`;
  }
  finder.addEventListener("input", () => {
    shown = TOP_VALUES;
    show();
  });
  finder.addEventListener("keydown", (event) => {
    if (event.key === "Enter") event.preventDefault(); // typing here never submits the search
  });
  more.addEventListener("click", () => {
    shown += MORE_VALUES;
    show();
  });
  box.append(
    element("label", { for: findId, class: "filter-find-label" }, `Tìm trong ${names.length} mục`),
    finder, optionList, more);
  show();
  return box;
}

function renderFilters(available, chosen) {
  let serial = 0;
  for (const [name, param] of FILTERS) {
    const values = available[name];
    if (!values || !Object.keys(values).length) continue;
    filtersBox.append(filterGroup(name, param, values, chosen, serial++));
  }
  filtersPanel.hidden = filtersBox.childElementCount === 0;
}

function showChosenCount(chosen) {
  const n = countChosen(chosen);
  filtersSummary.textContent = n ? ` (${n} đang chọn)` : "";
}

function remember(query, chosen) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const [name, param] of FILTERS) {
    for (const value of chosen[name]) params.append(param, value);
  }
  const search = params.toString();
  history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

// Pagefind's excerpt is escaped text with <mark> around the hits. It is parsed in an inert
// document and only its text and <mark> are copied: nothing in it can ever become markup.
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<body>${html || ""}</body>`, "text/html");
  return Array.from(doc.body.childNodes, (node) =>
    node.nodeName === "MARK"
      ? element("mark", {}, node.textContent)
      : document.createTextNode(node.textContent),
  );
}

/* The result's thumbnail (Pagefind meta "image", "image_alt": the 240 px JPEG of its lead
   photo), only from this site; its box is reserved (width/height, 3:2) so nothing moves. */
function thumbnail(meta) {
  if (!meta.image) return null;
  const url = new URL(meta.image, document.baseURI);
  if (url.origin !== location.origin) return null;
  return element("img", { class: "result-photo", src: url.href, alt: meta.image_alt || "",
    width: "240", height: "160", loading: "lazy", decoding: "async" });
}

function renderResult(data) {
  const title = data.meta.title || data.url;
  const item = element("li", { class: "search-result" },
    element("h2", { class: "result-title" }, element("a", { href: data.url }, title)));
  const photo = thumbnail(data.meta);
  if (photo) {
    item.classList.add("has-photo");
    item.prepend(photo);
  }
  if (data.meta.ngay) item.append(element("p", { class: "meta" }, data.meta.ngay));
  item.append(element("p", { class: "result-excerpt" }, ...excerptNodes(data.excerpt)));
  return item;
}

/* Pagefind with every bundle of indexes.json, the quick one too, merged into the first
   (newest) one. Searches without a query ("newest first" within filters) ask one bundle at a
   time instead, the quick one (the newest articles) first: merged results are ordered by
   score, which means nothing without a query. */
async function loadPagefind() {
  const listing = await (await fetch(new URL("indexes.json", bundle))).json();
  // Newest first: the quick bundle's articles are newer than (or as new as) all the others.
  const bundles = listing.quick ? [listing.quick, ...listing.bundles] : listing.bundles;
  const paths = bundles.map((b) => new URL(b.path, bundle).pathname);
  if (!paths.length) return null;
  const baseUrl = new URL("..", bundle).pathname;
  const pagefind = await import(new URL("pagefind.js", new URL(paths[0], bundle)).href);
  await pagefind.options({ baseUrl });
  await Promise.all(paths.slice(1).map((path) => pagefind.mergeIndex(path, { baseUrl })));
  const single = new Map();
  async function bundleAt(path) {
    if (!single.has(path)) {
      const instance = pagefind.createInstance({ basePath: path });
      single.set(path, instance.options({ baseUrl }).then(() => instance));
    }
    return single.get(path);
  }
  async function newestFirst(filters, limit) {
    const years = filters["Năm"] ? new Set(filters["Năm"].any) : null;
    const found = [];
    for (const [index, path] of paths.entries()) {
      if (found.length >= limit) break;
      const bundleYears = bundles[index].years || [];
      if (years && !bundleYears.some((year) => years.has(String(year)))) continue;
      const instance = await bundleAt(path);
      const search = await instance.search(null, { filters, sort: { ngay: "desc" } });
      found.push(...search.results.slice(0, limit - found.length));
    }
    return found;
  }
  /* The small bundle of the newest articles (indexes.json "quick") answers first: its best
     results are shown while the whole archive is still being searched (in the merged
     instance, where its pages are too). */
  const quick = listing.quick ? new URL(listing.quick.path, bundle).pathname : null;
  async function newestBundle(query, filters) {
    if (!quick) return null;
    const instance = await bundleAt(quick);
    return instance.search(query, { filters });
  }
  if (quick) bundleAt(quick); // ready before the first query
  return { pagefind, newestFirst, newestBundle };
}

async function main() {
  filtersPanel.open = wide.matches;
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  const chosen = chosenFromAddress(params);
  showChosenCount(chosen);
  let loaded;
  try {
    loaded = await loadPagefind();
  } catch (error) {
    statusLine.textContent = "Không tải được bộ tìm kiếm. Mời bạn duyệt theo lưu trữ hoặc chuyên mục.";
    return;
  }
  if (!loaded) {
    statusLine.textContent = "Chưa có bài viết nào để tìm.";
    return;
  }
  const { pagefind, newestFirst, newestBundle } = loaded;

  let latest = 0;
  async function run() {
    const query = input.value.trim();
    const filters = pagefindFilters(chosen);
    remember(query, chosen);
    hint.hidden = Boolean(query) && !wide.matches; // on phones the results come first
    const ticket = ++latest;
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      statusLine.textContent = "";
      return;
    }
    let shown = [];
    const quick = query ? await newestBundle(query, filters) : null;
    if (ticket !== latest) return; // a newer search has started
    if (quick && quick.results.length) {
      const first = quick.results.slice(0, FIRST_RESULTS);
      const data = await Promise.all(first.map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map(renderResult));
      statusLine.textContent = "Đang tìm thêm trong các năm trước…";
      shown = first.map((r) => r.id);
    }
    const [search, newest] = await Promise.all([
      pagefind.search(query || null, { filters }),
      query ? null : newestFirst(filters, MAX_RESULTS),
    ]);
    if (ticket !== latest) return;
    const results = newest || search.results.slice(0, MAX_RESULTS);
    const first = results.slice(0, FIRST_RESULTS);
    if (shown.join() !== first.map((r) => r.id).join()) {
      const data = await Promise.all(first.map((r) => r.data()));
      if (ticket !== latest) return;
      list.replaceChildren(...data.map(renderResult));
    }
    const rest = await Promise.all(results.slice(FIRST_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    list.append(...rest.map(renderResult));
    const count = search.results.length;
    const what = query ? ` cho “${query}”` : "";
    statusLine.textContent = count
      ? `Tìm thấy ${count} bài viết${what}.`
      : `Không tìm thấy bài viết nào${what}. Thử gõ từ khóa khác hoặc bỏ bớt bộ lọc.`;
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query) pagefind.preload(query);
    timer = setTimeout(run, 150);
  });
  filtersBox.addEventListener("change", (event) => {
    const box = event.target;
    if (!box.matches("input[type=checkbox]")) return;
    const values = chosen[box.dataset.filter];
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    showChosenCount(chosen);
    run();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.dataset.ready = "true";
  const searched = run();
  renderFilters(await pagefind.filters(), chosen);
  await searched;
}

main();
