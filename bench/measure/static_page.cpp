#include "bench/measure/static_page.h"

#include <ctime>
#include <fstream>

#include "content/core/html_text.h"
#include "content/db/content_store.h"

namespace fs = std::filesystem;

namespace bench {

using content::escapeHtml;

namespace {

std::string fileUrl(const fs::path& file) {
    std::string out = "file://";
    for (unsigned char c : file.string()) {
        if (c == ' ' || c == '"' || c == '#' || c == '?' || c == '%') {
            char buffer[4];
            std::snprintf(buffer, sizeof buffer, "%%%02X", c);
            out += buffer;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string localTime(int64_t utc) {
    // The page shows Berlin time as the kiosk does; winter offset is enough
    // for a layout comparison (the text length is what matters here).
    std::time_t t = static_cast<std::time_t>(utc + 3600);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%a %d.%m. %H:%M", &tm);
    return buffer;
}

const char* kStyle = R"(
*{box-sizing:border-box}
html{font:20px/1.4 "Noto Sans","Noto Sans Arabic",sans-serif;color:#1d2430;background:#f6f4ef}
body{margin:0}
header{position:sticky;top:0;background:#23415a;color:#fff;display:flex;gap:24px;align-items:center;padding:16px 32px;z-index:1}
header h1{font-size:28px;margin:0 auto 0 0}
header a{color:#fff;font-size:22px;text-decoration:none;padding:14px 22px;border-radius:12px;background:#35607f}
header input{font-size:22px;padding:12px 16px;border-radius:12px;border:0;width:320px}
main{padding:24px 32px}
section>h2{font-size:30px;margin:32px 0 16px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:16px;list-style:none;margin:0;padding:0}
.card{display:flex;gap:16px;background:#fff;border-radius:16px;padding:16px;box-shadow:0 1px 3px #0002;min-height:140px}
.card img{width:160px;height:120px;object-fit:cover;border-radius:10px;flex:none;background:#dde3ea}
.card h3{font-size:22px;margin:0 0 6px}
.card p{margin:0;color:#4a5361}
.badges span{display:inline-block;font-size:15px;background:#e6eef5;border-radius:8px;padding:2px 8px;margin:6px 6px 0 0}
.events{list-style:none;margin:0;padding:0}
.events li{display:grid;grid-template-columns:200px 1fr;gap:16px;background:#fff;border-radius:12px;padding:14px 18px;margin-bottom:8px}
.events time{font-weight:700;color:#23415a}
.events small{display:block;color:#4a5361}
)";

const char* kTimingScript = R"(
const t0 = performance.timeOrigin;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) console.log('KIOSKBENCH ' + e.name + ' ' + (t0 + e.startTime).toFixed(1));
}).observe({type: 'paint', buffered: true});
addEventListener('load', () => console.log('KIOSKBENCH load ' + (t0 + performance.now()).toFixed(1)));
)";

}  // namespace

bool writeStaticPage(const fs::path& dataDir, int64_t nowUtc, const fs::path& htmlFile, StaticPageStats* stats,
                     std::string* error) {
    auto store = content::ContentStore::open(dataDir, error);
    if (!store) return false;
    StaticPageStats local;
    if (!stats) stats = &local;
    *stats = {};

    std::string html;
    html.reserve(8 << 20);
    html += "<!doctype html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">\n";
    html += "<meta name=\"viewport\" content=\"width=device-width\">\n<title>";
    html += escapeHtml(store->pack().title.resolve("de"));
    html += "</title>\n<style>";
    html += kStyle;
    html += "</style>\n<script>";
    html += kTimingScript;
    html += "</script>\n</head><body>\n<header><h1>" + escapeHtml(store->pack().title.resolve("de")) + "</h1>";
    html += "<a href=\"#organisations\">Organisationen</a><a href=\"#events\">Veranstaltungen</a>"
            "<a href=\"#guides\">Ratgeber</a><input type=\"search\" placeholder=\"Suche\"></header>\n<main>\n";

    auto image = [&](const std::string& name) {
        if (name.empty()) return std::string("<img alt=\"\" width=\"160\" height=\"120\">");
        ++stats->images;
        return "<img loading=\"lazy\" decoding=\"async\" alt=\"\" width=\"160\" height=\"120\" src=\"" +
               escapeHtml(fileUrl(store->imagePath(name))) + "\">";
    };

    html += "<section id=\"organisations\"><h2>Organisationen</h2><ul class=\"cards\">\n";
    for (const auto& org : store->organisations("de")) {
        html += "<li class=\"card\">" + image(org.image) + "<div><h3>" + escapeHtml(org.name) + "</h3><p>" +
                escapeHtml(org.summary) + "</p><div class=\"badges\">";
        for (const auto& lang : org.languages) html += "<span>" + escapeHtml(lang) + "</span>";
        html += "<span>" + escapeHtml(org.district) + "</span></div></div></li>\n";
        ++stats->organisations;
    }
    html += "</ul></section>\n";

    html += "<section id=\"events\"><h2>Veranstaltungen</h2><ul class=\"events\">\n";
    for (const auto& event : store->events("de", nowUtc, nowUtc + 120 * 86400)) {
        html += "<li><time>" + localTime(event.occurrence.startUtc) + "</time><div>" + escapeHtml(event.title) +
                "<small>" + escapeHtml(event.organisationName) + " · " + escapeHtml(event.location) +
                "</small></div></li>\n";
        ++stats->events;
    }
    html += "</ul></section>\n";

    html += "<section id=\"guides\"><h2>Ratgeber</h2><ul class=\"cards\">\n";
    for (const auto& guide : store->guides("de")) {
        html += "<li class=\"card\">" + image(guide.picture) + "<div><h3>" + escapeHtml(guide.title) + "</h3></div></li>\n";
        ++stats->guides;
    }
    html += "</ul></section>\n</main></body></html>\n";

    std::ofstream out(htmlFile, std::ios::binary | std::ios::trunc);
    out << html;
    if (!out) {
        *error = "cannot write " + htmlFile.string();
        return false;
    }
    stats->bytes = html.size();
    return true;
}

}  // namespace bench
