#include "content/parse/spreadsheet_number_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace content::sheet {

namespace {

enum class Kind { General, Number, Date, Time, DateTime, Text };

struct Shape {
    Kind kind = Kind::General;
    int minIntegerDigits = 1;  // zeros before the decimal point: "00000" -> 5
    int decimals = 0;          // digits after it
    bool percent = false;
    bool scientific = false;
};

// The built-in formats that Excel does not write into styles.xml.
Shape builtInShape(int id) {
    Shape shape;
    switch (id) {
        case 1: case 3: case 37: case 38: shape.kind = Kind::Number; break;
        case 2: case 4: case 39: case 40: shape.kind = Kind::Number; shape.decimals = 2; break;
        case 9: shape.kind = Kind::Number; shape.percent = true; break;
        case 10: shape.kind = Kind::Number; shape.percent = true; shape.decimals = 2; break;
        case 11: case 48: shape.kind = Kind::Number; shape.scientific = true; shape.decimals = 2; break;
        case 14: case 15: case 16: case 17: shape.kind = Kind::Date; break;
        case 18: case 19: case 20: case 21: case 45: case 46: case 47: shape.kind = Kind::Time; break;
        case 22: shape.kind = Kind::DateTime; break;
        case 49: shape.kind = Kind::Text; break;
        default: break;  // General, and fractions shown as plain numbers
    }
    return shape;
}

// Reads the first section of a custom format code ("00000", "0.00 €",
// "DD.MM.YYYY", "[$-407]HH:MM"), ignoring quoted text, escaped characters and
// [...] colour and locale marks.
Shape customShape(std::string_view code) {
    Shape shape;
    if (code.empty() || code == "General" || code == "GENERAL") return shape;
    if (code == "@") {
        shape.kind = Kind::Text;
        return shape;
    }
    bool date = false, time = false, afterPoint = false, digits = false;
    int zeros = 0;
    for (size_t i = 0; i < code.size(); ++i) {
        char c = code[i];
        if (c == ';') break;
        if (c == '"') {
            size_t close = code.find('"', i + 1);
            if (close == std::string_view::npos) break;
            i = close;
            continue;
        }
        if (c == '\\' || c == '_' || c == '*') {
            ++i;
            continue;
        }
        if (c == '[') {
            size_t close = code.find(']', i + 1);
            if (close == std::string_view::npos) break;
            std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty() && (inside[0] == 'h' || inside[0] == 'H' || inside[0] == 'm' || inside[0] == 'M' ||
                                    inside[0] == 's' || inside[0] == 'S'))
                time = true;  // elapsed time: [h]:mm
            i = close;
            continue;
        }
        switch (c) {
            case 'y': case 'Y': case 'd': case 'D': date = true; break;
            case 'h': case 'H': case 's': case 'S': time = true; break;
            case 'm': case 'M': if (!time) date = true; break;  // month unless after hours
            case '0':
                digits = true;
                if (afterPoint) ++shape.decimals;
                else ++zeros;
                break;
            case '#': case '?':
                digits = true;
                if (afterPoint) ++shape.decimals;
                break;
            case '.': afterPoint = true; break;
            case '%': shape.percent = true; break;
            case 'E': case 'e':
                if (i + 1 < code.size() && (code[i + 1] == '+' || code[i + 1] == '-')) shape.scientific = true;
                break;
            default: break;
        }
    }
    if (date || time) {
        shape.kind = date && time ? Kind::DateTime : date ? Kind::Date : Kind::Time;
        return shape;
    }
    if (!digits) return shape;
    shape.kind = Kind::Number;
    shape.minIntegerDigits = zeros;
    return shape;
}

// Days since 1970-01-01 to a civil date (proleptic Gregorian).
void civilFromDays(long long days, int* year, int* month, int* day) {
    days += 719468;
    long long era = (days >= 0 ? days : days - 146096) / 146097;
    long long dayOfEra = days - era * 146097;
    long long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    long long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long long mp = (5 * dayOfYear + 2) / 153;
    *day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *year = static_cast<int>(yearOfEra + era * 400 + (*month <= 2));
}

std::string dateText(double serial, bool date1904) {
    long long whole = static_cast<long long>(std::floor(serial + 1e-9));
    // Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never
    // was (day 60), so from day 61 on, day 0 is really 1899-12-30.
    long long unixDays = date1904 ? whole - 24107 : whole < 61 ? whole - 25568 : whole - 25569;
    int year, month, day;
    civilFromDays(unixDays, &year, &month, &day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return text;
}

std::string timeText(double serial) {
    long long seconds = std::llround((serial - std::floor(serial)) * 86400.0) % 86400;
    char text[16];
    if (seconds % 60 == 0) std::snprintf(text, sizeof text, "%02lld:%02lld", seconds / 3600, seconds / 60 % 60);
    else std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", seconds / 3600, seconds / 60 % 60, seconds % 60);
    return text;
}

// As General shows it when the column is wide enough: whole numbers in full
// (up to 15 digits, Excel's precision), others with up to 15 significant digits.
std::string generalText(double value) {
    char text[64];
    if (std::fabs(value) < 1e15 && value == std::floor(value)) {
        std::snprintf(text, sizeof text, "%.0f", value);
        return text;
    }
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

std::string numberText(double value, const Shape& shape) {
    if (shape.percent) value *= 100;
    char text[400];
    if (shape.scientific) {
        std::snprintf(text, sizeof text, "%.*E", shape.decimals, value);
    } else {
        int width = shape.minIntegerDigits + (shape.decimals > 0 ? shape.decimals + 1 : 0) + (value < 0 ? 1 : 0);
        std::snprintf(text, sizeof text, "%0*.*f", width, shape.decimals, value);
    }
    std::string result = text;
    if (shape.minIntegerDigits == 0 && result.starts_with("0.")) result.erase(0, 1);  // "#.00" shows ".50"
    if (shape.percent) result += '%';
    return result;
}

}  // namespace

std::string formatNumber(std::string_view stored, const NumberFormat& format, bool date1904) {
    std::string storedText(stored);
    char* end = nullptr;
    double value = std::strtod(storedText.c_str(), &end);
    if (end == storedText.c_str() || !std::isfinite(value)) return storedText;
    Shape shape = format.id >= 164 || !format.code.empty() ? customShape(format.code) : builtInShape(format.id);
    switch (shape.kind) {
        case Kind::General:
        case Kind::Text: return generalText(value);
        case Kind::Number: return numberText(value, shape);
        case Kind::Date: return dateText(value, date1904);
        case Kind::Time: return timeText(value);
        case Kind::DateTime: return dateText(value, date1904) + "T" + timeText(value);
    }
    return generalText(value);
}

}  // namespace content::sheet
