// "Take it with you": vCard and iCalendar text, and the QR code that carries it.
#include <doctest/doctest.h>

#include <cmath>

#include <imgui.h>

#include "content/core/take_away.h"
#include "content/core/time_zone.h"
#include "kiosk/widgets/qr_code.h"

using namespace content;

namespace {

Organisation sampleOrganisation() {
    Organisation o;
    o.id = "migrantenbeirat";
    o.name.set("de", "Beratung & Treffpunkt; Grünau, West");
    o.name.set("ar", "مركز الاستشارات");
    o.summary.set("de", "Beratung zu Aufenthalt, Arbeit\nund Wohnen");
    o.address = "Stuttgarter Allee 18";
    o.postcode = "04209";
    o.city = "Leipzig";
    o.phone = "+49 (341) 123 456-7";
    o.email = "kontakt@example.org";
    o.website = "https://example.org/beratung";
    return o;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0, end;
    while ((end = text.find("\r\n", start)) != std::string::npos) {
        out.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    CHECK(start == text.size());  // the text ends with CRLF
    return out;
}

// Compares logical lines: folded continuations ("\r\n ") joined again.
bool hasLine(const std::string& text, const std::string& line) {
    std::string unfolded;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        unfolded.push_back(text[i]);
    }
    for (const auto& l : lines(unfolded))
        if (l == line) return true;
    return false;
}

}  // namespace

TEST_CASE("vCard escapes text, uses CRLF and carries every contact field") {
    const std::string card = organisationVCard(sampleOrganisation(), "de");
    INFO(card);
    CHECK(card.rfind("BEGIN:VCARD\r\nVERSION:3.0\r\n", 0) == 0);
    CHECK(card.find('\n') == card.find("\r\n") + 1);  // no bare LF anywhere
    for (size_t i = 0; i < card.size(); ++i)
        if (card[i] == '\n') CHECK(card[i - 1] == '\r');
    CHECK(hasLine(card, "FN:Beratung & Treffpunkt\\; Grünau\\, West"));
    CHECK(hasLine(card, "ORG:Beratung & Treffpunkt\\; Grünau\\, West"));
    CHECK(hasLine(card, "ADR;TYPE=WORK:;;Stuttgarter Allee 18;Leipzig;;04209;Deutschland"));
    CHECK(hasLine(card, "TEL;TYPE=WORK,VOICE:+493411234567"));
    CHECK(hasLine(card, "EMAIL;TYPE=INTERNET:kontakt@example.org"));
    CHECK(hasLine(card, "URL:https://example.org/beratung"));
    CHECK(card.find("NOTE") == std::string::npos);  // contact data only: a smaller code
    CHECK(lines(card).back() == "END:VCARD");
    // The visitor's language, where the organisation has a name in it.
    CHECK(hasLine(organisationVCard(sampleOrganisation(), "ar"), "FN:مركز الاستشارات"));
    // Missing fields leave no empty properties.
    Organisation bare;
    bare.name.set("de", "Nur ein Name");
    const std::string minimal = organisationVCard(bare, "de");
    CHECK(minimal.find("TEL") == std::string::npos);
    CHECK(minimal.find("ADR") == std::string::npos);
    CHECK(minimal.find("URL") == std::string::npos);
}

TEST_CASE("long lines are folded at 75 octets without splitting a character") {
    const std::string arabic = "ملاحظة:" + std::string(60, 'x') + "مركز الاستشارات للاجئين في لايبزيغ";
    const std::string folded = foldContentLine(arabic);
    size_t start = 0;
    std::string unfolded;
    while (true) {
        size_t end = folded.find("\r\n", start);
        std::string piece = folded.substr(start, end == std::string::npos ? std::string::npos : end - start);
        CHECK(piece.size() <= 75);
        if (start > 0) {
            REQUIRE(piece.front() == ' ');
            piece.erase(0, 1);
        }
        // No piece starts with a UTF-8 continuation byte.
        if (!piece.empty()) CHECK((static_cast<unsigned char>(piece[0]) & 0xC0) != 0x80);
        unfolded += piece;
        if (end == std::string::npos) break;
        start = end + 2;
    }
    CHECK(unfolded == arabic);
    CHECK(foldContentLine("short") == "short");
}

TEST_CASE("iCalendar event: UTC times, escaping, all-day dates in the pack's zone") {
    EventSeries series;
    series.uid = "cafe-123";
    series.title.set("de", "Sprachcafé: Deutsch, Arabisch; Farsi");
    series.description.set("de", "Jeden ersten Mittwoch.\nMit Kinderbetreuung.");
    series.location.set("de", "Stuttgarter Allee 18, Leipzig");
    series.url = "https://example.org/cafe";
    CalendarEntry entry;
    entry.series = &series;
    entry.organiserName = "Treffpunkt Grünau";
    // Wednesday 2 December 2026, 17:00-19:00 in Berlin (UTC+1) = 16:00-18:00 UTC.
    LocalTime start{2026, 12, 2, 17, 0, 0};
    entry.occurrence.startUtc = toUtc(start, "Europe/Berlin");
    entry.occurrence.endUtc = entry.occurrence.startUtc + 2 * 3600;
    entry.createdUtc = toUtc(LocalTime{2026, 11, 21, 6, 0, 0}, "UTC");
    const std::string ics = occurrenceICalendar(entry, "de");
    INFO(ics);
    for (size_t i = 0; i < ics.size(); ++i)
        if (ics[i] == '\n') CHECK(ics[i - 1] == '\r');
    const auto l = lines(ics);
    CHECK(l.front() == "BEGIN:VCALENDAR");
    CHECK(hasLine(ics, "VERSION:2.0"));
    CHECK(hasLine(ics, "BEGIN:VEVENT"));
    CHECK(hasLine(ics, "DTSTART:20261202T160000Z"));
    CHECK(hasLine(ics, "DTEND:20261202T180000Z"));
    CHECK(hasLine(ics, "DTSTAMP:20261121T060000Z"));
    CHECK(hasLine(ics, "UID:cafe-123-20261202T160000Z@community-kiosk"));
    CHECK(hasLine(ics, "SUMMARY:Sprachcafé: Deutsch\\, Arabisch\\; Farsi"));
    CHECK(hasLine(ics, "LOCATION:Stuttgarter Allee 18\\, Leipzig"));
    CHECK(hasLine(ics, "DESCRIPTION:Treffpunkt Grünau\\nJeden ersten Mittwoch.\\nMit Kinderbetreuung."));
    CHECK(hasLine(ics, "URL:https://example.org/cafe"));
    CHECK(l.back() == "END:VCALENDAR");

    // Summer time: 17:00 in Berlin is 15:00 UTC.
    entry.occurrence.startUtc = toUtc(LocalTime{2026, 7, 1, 17, 0, 0}, "Europe/Berlin");
    entry.occurrence.endUtc = 0;  // unknown end: one hour
    const std::string summer = occurrenceICalendar(entry, "de");
    CHECK(hasLine(summer, "DTSTART:20260701T150000Z"));
    CHECK(hasLine(summer, "DTEND:20260701T160000Z"));

    // All-day: local dates, exclusive end.
    entry.occurrence.allDay = true;
    entry.occurrence.startUtc = toUtc(LocalTime{2026, 12, 24, 0, 0, 0}, "Europe/Berlin");
    entry.occurrence.endUtc = toUtc(LocalTime{2026, 12, 25, 0, 0, 0}, "Europe/Berlin");
    const std::string allDay = occurrenceICalendar(entry, "de");
    CHECK(hasLine(allDay, "DTSTART;VALUE=DATE:20261224"));
    CHECK(hasLine(allDay, "DTEND;VALUE=DATE:20261225"));
}

TEST_CASE("guide links are web addresses only") {
    Guide g;
    g.link = "https://example.org/ehrenamt";
    CHECK(guideLink(g) == "https://example.org/ehrenamt");
    g.link = "javascript:alert(1)";
    CHECK(guideLink(g).empty());
    g.link = "";
    CHECK(guideLink(g).empty());
}

TEST_CASE("QR code: a vCard fits, has finder patterns and scans from 40 cm") {
    const std::string card = organisationVCard(sampleOrganisation(), "de");
    kiosk::QrCode qr;
    REQUIRE(qr.setData(card));
    const int n = qr.modules();
    MESSAGE("vCard of " << card.size() << " bytes -> " << n << " modules");
    CHECK(n >= 21);
    CHECK((n - 17) % 4 == 0);  // a valid QR version size
    auto m = kiosk::encodeQr(card);
    REQUIRE(m);
    // The three 7x7 finder patterns: dark border ring, light ring, dark 3x3 core.
    for (auto [ox, oy] : {std::pair{0, 0}, std::pair{n - 7, 0}, std::pair{0, n - 7}}) {
        for (int i = 0; i < 7; ++i) {
            CHECK(m->at(ox + i, oy));
            CHECK(m->at(ox + i, oy + 6));
            CHECK(m->at(ox, oy + i));
            CHECK(m->at(ox + 6, oy + i));
        }
        CHECK_FALSE(m->at(ox + 1, oy + 1));
        CHECK(m->at(ox + 3, oy + 3));
    }
    // At least 35 mm on the default panel; whole-pixel modules.
    const float pxPerMm = 1920.0f / 531.0f;
    CHECK(qr.minimumSide(pxPerMm) >= 35 * pxPerMm);
    const float side = qr.sideFor(qr.minimumSide(pxPerMm) + 40);
    CHECK(std::fmod(side, static_cast<float>(n + 8)) == doctest::Approx(0));

    ImGuiContext* context = ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    unsigned char* pixels;
    int w, h;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    ImGui::NewFrame();
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const int before = dl->VtxBuffer.Size;
    const float drawn = qr.draw(dl, ImVec2(100.4f, 50.7f), side);
    CHECK(drawn == doctest::Approx(side));
    // Every vertex inside the square, on whole pixels.
    for (int i = before; i < dl->VtxBuffer.Size; ++i) {
        const ImVec2 p = dl->VtxBuffer[i].pos;
        CHECK(p.x >= 100 - 0.01f);
        CHECK(p.x <= 100 + drawn + 0.01f);
        CHECK(p.x == std::floor(p.x));
    }
    ImGui::EndFrame();
    ImGui::DestroyContext(context);

    CHECK_FALSE(qr.setData(std::string(8000, 'x')));  // beyond any QR version
    CHECK_FALSE(qr.valid());
}
