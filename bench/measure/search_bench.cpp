#include "bench/measure/search_bench.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include "bench/generator/phrasebook.h"
#include "bench/generator/random.h"
#include "bench/measure/stats.h"
#include "content/db/content_store.h"

namespace bench {

namespace {

// Arabic harakat U+064B..U+065F, U+0670 and Farsi's marks: visitors type
// without them (two UTF-8 bytes: D9 8B..D9 9F, D9 B0).
std::string withoutVowelMarks(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xD9 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if ((next >= 0x8B && next <= 0x9F) || next == 0xB0) {
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

std::string germanAsTyped(const std::string& word, Random& random) {
    // On a keyboard without umlauts: "ü" -> "ue" (or plain "u"), "ß" -> "ss".
    std::string out;
    const bool expand = random.chance(50);
    for (size_t i = 0; i < word.size(); ++i) {
        if (word.compare(i, 2, "\xC3\xBC") == 0) { out += expand ? "ue" : "u"; ++i; }
        else if (word.compare(i, 2, "\xC3\xB6") == 0) { out += expand ? "oe" : "o"; ++i; }
        else if (word.compare(i, 2, "\xC3\xA4") == 0) { out += expand ? "ae" : "a"; ++i; }
        else if (word.compare(i, 2, "\xC3\x9F") == 0) { out += "ss"; ++i; }
        else out += static_cast<char>(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
    }
    return out;
}

std::vector<size_t> codePointEnds(const std::string& text) {
    std::vector<size_t> ends;
    for (size_t i = 1; i <= text.size(); ++i)
        if (i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ends.push_back(i);
    return ends;
}

double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

}  // namespace

std::vector<TypedQuery> planQueries(uint64_t seed, size_t count) {
    Random random = Random(seed).fork(77);
    const std::vector<std::string> languages = {"de", "ar", "ru", "tr"};
    std::vector<TypedQuery> queries;
    for (size_t i = 0; i < count; ++i) {
        const std::string& lang = languages[i % languages.size()];
        const std::vector<std::string> words = searchWords(lang);
        std::string text = random.pick(words);
        if (random.chance(15)) text += " " + random.pick(words);
        if (lang == "ar") text = withoutVowelMarks(text);
        if (lang == "de" && random.chance(40)) text = germanAsTyped(text, random);
        queries.push_back({lang, text});
    }
    return queries;
}

SearchFigures measureSearch(const std::filesystem::path& dataDir, const std::vector<TypedQuery>& queries) {
    SearchFigures figures;
    auto store = content::ContentStore::open(dataDir, &figures.error);
    if (!store) return figures;
    std::vector<double> samples, cpuSamples;
    std::vector<std::pair<double, std::string>> timed;
    for (const auto& query : queries) {
        size_t lastHits = 0;
        for (size_t end : codePointEnds(query.text)) {
            std::string prefix = query.text.substr(0, end);
            const double cpuStarted = threadCpuMs();
            auto started = std::chrono::steady_clock::now();
            auto hits = store->search(prefix, query.lang, 20);
            cpuSamples.push_back(threadCpuMs() - cpuStarted);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            samples.push_back(ms);
            timed.emplace_back(ms, query.lang + ":" + prefix);
            lastHits = hits.size();
        }
        if (lastHits == 0) ++figures.emptyFinalResults;
    }
    figures.keystrokes = samples.size();
    figures.p50Ms = percentile(samples, 50);
    figures.p99Ms = percentile(samples, 99);
    figures.maxMs = percentile(samples, 100);
    figures.cpuP50Ms = percentile(cpuSamples, 50);
    figures.cpuP99Ms = percentile(cpuSamples, 99);
    std::sort(timed.begin(), timed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < timed.size() && i < 8; ++i) figures.slowest.emplace_back(timed[i].second, timed[i].first);
    return figures;
}

}  // namespace bench
