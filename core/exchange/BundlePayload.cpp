// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/exchange/BundlePayload.h"

#include "core/exchange/JsonNumbers.h"

#include "crypto/Encoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dc::core::exchange {

namespace {

using T = FieldType;

constexpr qint64 kTime = 40;    // an ISO 8601 time
constexpr qint64 kShort = 32;   // a key: a role, an outcome, a state
constexpr qint64 kLong = 4000;  // a note, a reason, a transcript
constexpr qint64 kValue = 2000; // a register value
constexpr qint64 kMaxEntry = 1000000000;
constexpr qint64 kMaxRows = 4000000; // rows of one table in one bundle (256 MiB cannot hold more)

constexpr FieldSpec kUsers[] = {
    {"uuid", T::Uuid},
    {"userName", T::Text, 0, 64},
    {"displayName", T::Text, 0, 200},
    {"role", T::Text, 0, kShort},
    {"active", T::Bool},
    {"createdAt", T::Text, 0, kTime},
    {"removedAt", T::OptionalText, 0, kTime},
};
constexpr FieldSpec kBooks[] = {
    {"uuid", T::Uuid},
    {"recordType", T::Text, 0, kShort},
    {"bookNumber", T::Text, 0, 64},
    {"yearFrom", T::Integer, 0, 9999},
    {"yearTo", T::Integer, 0, 9999},
    {"firstEntry", T::OptionalInteger, 0, kMaxEntry},
    {"lastEntry", T::OptionalInteger, 0, kMaxEntry},
    {"status", T::Text, 0, kShort},
    {"createdAt", T::Text, 0, kTime},
    {"closedAt", T::OptionalText, 0, kTime},
};
constexpr FieldSpec kSessions[] = {
    {"uuid", T::Uuid}, {"firstUser", T::Uuid}, {"secondUser", T::Uuid}, {"startedAt", T::Text, 0, kTime}};
constexpr FieldSpec kSessionEvents[] = {{"uuid", T::Uuid},
                                        {"session", T::Uuid},
                                        {"kind", T::Text, 0, kShort},
                                        {"reader", T::Uuid},
                                        {"at", T::Text, 0, kTime}};
constexpr FieldSpec kChecks[] = {
    {"uuid", T::Uuid},
    {"book", T::Uuid},
    {"entry", T::Integer, 1, kMaxEntry},
    {"registrationDate", T::Text, 0, 64},
    {"subjectName", T::Text, 0, 400},
    {"outcome", T::Text, 0, kShort},
    {"transcript", T::Text, 0, kLong},
    {"note", T::Text, 0, kLong},
    {"warnings", T::Text, 0, kLong},
    {"schemaVersion", T::Text, 0, 64},
    {"reader", T::Uuid},
    {"checker", T::Uuid},
    {"session", T::OptionalUuid},
    {"loggedAt", T::Text, 0, kTime},
    {"secondsSpent", T::Integer, 0, 24 * 3600},
    {"supersedes", T::OptionalUuid},
    {"reason", T::Text, 0, kLong},
};
constexpr FieldSpec kCorrections[] = {
    {"position", T::Integer, 0, 10000}, {"field", T::Text, 0, 128},    {"before", T::Text, 0, kValue},
    {"after", T::Text, 0, kValue},      {"class", T::Text, 0, kShort}, {"writingDifference", T::Bool},
};
constexpr FieldSpec kReviews[] = {
    {"uuid", T::Uuid},
    {"check", T::Uuid},
    {"decision", T::Text, 0, kShort},
    {"state", T::Text, 0, kShort},
    {"reason", T::Text, 0, kLong},
    {"note", T::Text, 0, kLong},
    {"supervisor", T::Uuid},
    {"at", T::Text, 0, kTime},
};
constexpr FieldSpec kSpotSamples[] = {
    {"uuid", T::Uuid},
    {"day", T::Text, 0, 16},
    {"firstUser", T::Uuid},
    {"secondUser", T::Uuid},
    {"seed", T::Text, 0, 200},
    {"ratePermille", T::Integer, 0, 1000},
    {"minimum", T::Integer, 0, kMaxEntry},
    {"population", T::Integer, 0, kMaxEntry},
    {"drawnBy", T::Uuid},
    {"drawnAt", T::Text, 0, kTime},
};
constexpr FieldSpec kSpotItems[] = {{"uuid", T::Uuid}, {"sample", T::Uuid}, {"check", T::Uuid}};
constexpr FieldSpec kSpotResults[] = {
    {"uuid", T::Uuid},
    {"item", T::Uuid},
    {"result", T::Text, 0, kShort},
    {"field", T::Text, 0, 128},
    {"before", T::Text, 0, kValue},
    {"after", T::Text, 0, kValue},
    {"class", T::Text, 0, kShort},
    {"note", T::Text, 0, kLong},
    {"supervisor", T::Uuid},
    {"at", T::Text, 0, kTime},
};

const TableSpec kUsersSpec{"users", kUsers, 100000};
const TableSpec kBooksSpec{"books", kBooks, 100000};
const TableSpec kSessionsSpec{"sessions", kSessions, kMaxRows};
const TableSpec kSessionEventsSpec{"sessionEvents", kSessionEvents, kMaxRows};
const TableSpec kChecksSpec{"checks", kChecks, kMaxRows};
const TableSpec kCorrectionsSpec{"corrections", kCorrections, 1000};
const TableSpec kReviewsSpec{"reviews", kReviews, kMaxRows};
const TableSpec kSpotSamplesSpec{"spotSamples", kSpotSamples, kMaxRows};
const TableSpec kSpotItemsSpec{"spotItems", kSpotItems, kMaxRows};
const TableSpec kSpotResultsSpec{"spotResults", kSpotResults, kMaxRows};

constexpr qint64 kMaxEvents = 20000000;
constexpr qint64 kMaxEventText = 65536;

// A UUID in text form: 36 characters, lower-case hex digits with dashes at 8, 13, 18 and 23. Lower case only, as
// every site writes them (core/Uuid.h, QUuid): the hub keeps the UUIDs of its largest tables as their 16 bytes and the
// others as text (docs/HUB.md "UUIDs as 16 bytes"), so one UUID has one spelling or a row would not find its check.
bool isUuidText(std::string_view text) {
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < 36; ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return false;
            }
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

bool isUuid(const QString& text) {
    return text.size() == 36 && isUuidText(text.toLatin1().toStdString());
}

// An integral JSON number within [min, max] (a double that does not fit, or has a fraction, is refused).
bool integerIn(const QJsonValue& value, qint64 min, qint64 max) {
    return wholeNumberIn(value, min, max).has_value();
}

struct Malformed {
    QString detail;
};

[[noreturn]] void refuse(QString detail) {
    throw Malformed{std::move(detail)};
}

QString wrongField(const TableSpec& spec, const char* key) {
    return QStringLiteral("payload: \"%1\" of a row of \"%2\" is missing, of the wrong type or out of bounds")
        .arg(QLatin1String(key), QLatin1String(spec.key));
}

[[noreturn]] void refuseEvent() {
    refuse(QStringLiteral("payload: an event is not an object of nine fields"));
}

[[noreturn]] void refuseEventText(const char* key) {
    refuse(QStringLiteral("payload: event field \"%1\" is missing, not text or too long").arg(QLatin1String(key)));
}

// A whole number in [min, max] of a number the reader read (nullopt: it did not fit a double).
std::optional<qint64> wholeIn(std::optional<double> value, qint64 min, qint64 max) {
    return value ? wholeNumberIn(*value, min, max) : std::nullopt;
}

// A table's keys, to find a field's index by its key: tried first in the order the serializer writes them (sorted, as
// QJsonObject keeps them), so that a row written by serializePayload costs one comparison a key.
class Keys {
public:
    explicit Keys(const TableSpec& spec) {
        for (std::size_t i = 0; i < spec.fields.size(); ++i) {
            m_sorted.push_back({spec.fields[i].key, static_cast<int>(i)});
        }
        std::sort(m_sorted.begin(), m_sorted.end(), [](const Key& a, const Key& b) { return a.name < b.name; });
    }
    void restart() { m_next = 0; }
    // The field's index, or -1.
    int find(std::string_view name) {
        if (m_next < m_sorted.size() && m_sorted[m_next].name == name) {
            return m_sorted[m_next++].index;
        }
        for (std::size_t i = 0; i < m_sorted.size(); ++i) {
            if (m_sorted[i].name == name) {
                m_next = i + 1;
                return m_sorted[i].index;
            }
        }
        return -1;
    }

private:
    struct Key {
        std::string_view name;
        int index;
    };
    std::vector<Key> m_sorted;
    std::size_t m_next = 0;
};

constexpr std::array<const char*, 9> kEventKeys = {"seq",     "at",      "site",     "actors", "action",
                                                   "subject", "details", "prevHash", "hash"};

// RFC 8259 read front to back over UTF-8 bytes, without a document: the primitives the payload's Reader and
// objectText share. Anything malformed throws Malformed.
class JsonCursor {
public:
    JsonCursor(const char* begin, const char* end) : m_p(begin), m_end(end) {}

    // The text of `key` in the object these bytes are (and nothing after it): nullopt when the key is absent or its
    // value is not text. Other members may hold any JSON, nested at most 32 deep; a key twice is refused.
    std::optional<QString> memberText(std::string_view key) {
        expect('{');
        std::optional<QString> found;
        bool seen = false;
        if (!take('}')) {
            do {
                const bool wanted = string().bytes == key;
                expect(':');
                if (wanted) {
                    if (seen) {
                        malformed();
                    }
                    seen = true;
                    if (peek() == '"') {
                        const Text text = string();
                        found = QString::fromUtf8(text.bytes.data(), static_cast<qsizetype>(text.bytes.size()));
                        continue;
                    }
                }
                skipValue(32);
            } while (more('}'));
        }
        space();
        if (m_p != m_end) {
            malformed();
        }
        return found;
    }

protected:
    struct Text {
        std::string_view bytes; // UTF-8, escapes decoded; valid until the next string is read
        qint64 units = 0;       // its length in UTF-16 code units (QString::size)
    };

    const char* m_p;
    const char* m_end;
    std::string m_scratch; // a string whose escapes were decoded

    [[noreturn]] static void malformed() { refuse(QStringLiteral("payload: not a JSON object")); }

    void space() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) {
            ++m_p;
        }
    }
    // The next significant byte, not consumed ('\0' at the end: never a byte the format starts anything with).
    char peek() {
        space();
        return m_p < m_end ? *m_p : '\0';
    }
    void expect(char c) {
        if (peek() != c) {
            malformed();
        }
        ++m_p;
    }
    bool take(char c) {
        if (peek() != c) {
            return false;
        }
        ++m_p;
        return true;
    }
    // After a member or an element: true when another follows, false at the closing bracket.
    bool more(char close) {
        if (take(',')) {
            return true;
        }
        expect(close);
        return false;
    }

    void literal(std::string_view word) {
        space();
        if (static_cast<std::size_t>(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word) {
            malformed();
        }
        m_p += word.size();
    }

    // The four hex digits of a \u escape, from `p` on.
    char32_t hex4(const unsigned char*& p, const unsigned char* end) {
        if (end - p < 4) {
            malformed();
        }
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = crypto::hexValue(static_cast<char>(*p++));
            if (digit < 0) {
                malformed();
            }
            value = value * 16 + static_cast<char32_t>(digit);
        }
        return value;
    }
    static void appendUtf8(std::string& out, char32_t c) {
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }

    // A string, at its opening quote: UTF-8 checked (no overlong form, no surrogate, nothing beyond U+10FFFF), no
    // control character, escapes decoded (a \u surrogate only as a pair).
    Text string() {
        expect('"');
        const auto* p = reinterpret_cast<const unsigned char*>(m_p);
        const auto* const end = reinterpret_cast<const unsigned char*>(m_end);
        const auto* const start = p;
        const unsigned char* run = p; // the bytes not yet copied to m_scratch (once an escape was met)
        bool escaped = false;
        qint64 units = 0;
        while (true) {
            if (p >= end) {
                malformed();
            }
            const unsigned char c = *p;
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                malformed();
            }
            if (c < 0x80 && c != '\\') {
                ++p;
                ++units;
                continue;
            }
            if (c == '\\') {
                if (!escaped) {
                    escaped = true;
                    m_scratch.clear();
                }
                m_scratch.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
                ++p;
                if (p >= end) {
                    malformed();
                }
                char32_t code = 0;
                switch (*p++) {
                case '"':
                    code = '"';
                    break;
                case '\\':
                    code = '\\';
                    break;
                case '/':
                    code = '/';
                    break;
                case 'b':
                    code = '\b';
                    break;
                case 'f':
                    code = '\f';
                    break;
                case 'n':
                    code = '\n';
                    break;
                case 'r':
                    code = '\r';
                    break;
                case 't':
                    code = '\t';
                    break;
                case 'u':
                    code = hex4(p, end);
                    if (code >= 0xDC00 && code <= 0xDFFF) {
                        malformed();
                    }
                    if (code >= 0xD800 && code <= 0xDBFF) {
                        if (end - p < 2 || p[0] != '\\' || p[1] != 'u') {
                            malformed();
                        }
                        p += 2;
                        const char32_t low = hex4(p, end);
                        if (low < 0xDC00 || low > 0xDFFF) {
                            malformed();
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    }
                    break;
                default:
                    malformed();
                }
                appendUtf8(m_scratch, code);
                units += code >= 0x10000 ? 2 : 1;
                run = p;
                continue;
            }
            // A multi-byte sequence (RFC 3629's table of well-formed sequences).
            int length = 0;
            unsigned char low = 0x80;
            unsigned char high = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                length = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                low = c == 0xE0 ? 0xA0 : 0x80;
                high = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                length = 4;
                low = c == 0xF0 ? 0x90 : 0x80;
                high = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                malformed();
            }
            if (end - p < length || p[1] < low || p[1] > high) {
                malformed();
            }
            for (int i = 2; i < length; ++i) {
                if ((p[i] & 0xC0) != 0x80) {
                    malformed();
                }
            }
            p += length;
            units += length == 4 ? 2 : 1;
        }
        Text out;
        if (escaped) {
            m_scratch.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
            out.bytes = m_scratch;
        } else {
            out.bytes = std::string_view(reinterpret_cast<const char*>(start), static_cast<std::size_t>(p - start));
        }
        out.units = units;
        m_p = reinterpret_cast<const char*>(p + 1);
        return out;
    }

    // A number (RFC 8259's grammar), at its first byte: its value as a double, nullopt when it does not fit one.
    std::optional<double> number() {
        space();
        const char* const start = m_p;
        const char* p = m_p;
        const auto digits = [&p, this] {
            const char* const from = p;
            while (p < m_end && *p >= '0' && *p <= '9') {
                ++p;
            }
            return p - from;
        };
        bool whole = true;
        if (p < m_end && *p == '-') {
            ++p;
        }
        if (p < m_end && *p == '0') {
            ++p;
        } else if (digits() == 0) {
            malformed();
        }
        if (p < m_end && *p == '.') {
            ++p;
            whole = false;
            if (digits() == 0) {
                malformed();
            }
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            whole = false;
            if (p < m_end && (*p == '+' || *p == '-')) {
                ++p;
            }
            if (digits() == 0) {
                malformed();
            }
        }
        m_p = p;
        if (whole && p - start <= 16) { // at most 16 characters: exact in a qint64, then rounded as from_chars rounds
            qint64 value = 0;
            for (const char* d = start + (*start == '-' ? 1 : 0); d < p; ++d) {
                value = value * 10 + (*d - '0');
            }
            return static_cast<double>(*start == '-' ? -value : value);
        }
        double value = 0;
        const auto [end, error] = std::from_chars(start, p, value);
        if (error != std::errc() || end != p) {
            return std::nullopt;
        }
        return value;
    }

    // Any value, its arrays and objects nested at most `depth` deep.
    void skipValue(int depth) {
        switch (peek()) {
        case '"':
            (void)string();
            return;
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            if (depth <= 0) {
                malformed();
            }
            ++m_p;
            if (take(close)) {
                return;
            }
            do {
                if (close == '}') {
                    (void)string();
                    expect(':');
                }
                skipValue(depth - 1);
            } while (more(close));
            return;
        }
        case 't':
            literal("true");
            return;
        case 'f':
            literal("false");
            return;
        case 'n':
            literal("null");
            return;
        default:
            (void)number();
            return;
        }
    }
};

// The payload's bytes read once, front to back, into plain values (parsePayload). Only the shapes the format has are
// accepted: an object of parts, each a list of row objects whose values are scalars (a check's "corrections" a list of
// rows); anything else is refused where it is met, so no depth or size is unbounded.
class Reader : public JsonCursor {
public:
    Reader(const char* begin, const char* end)
        : JsonCursor(begin, end), m_users(kUsersSpec), m_books(kBooksSpec), m_sessions(kSessionsSpec),
          m_sessionEvents(kSessionEventsSpec), m_checks(kChecksSpec), m_corrections(kCorrectionsSpec),
          m_reviews(kReviewsSpec), m_spotSamples(kSpotSamplesSpec), m_spotItems(kSpotItemsSpec),
          m_spotResults(kSpotResultsSpec) {}

    ParsedPayload payload() {
        expect('{');
        ParsedPayload out;
        unsigned seen = 0;
        if (!take('}')) {
            do {
                const int part = partOf(string().bytes);
                if (part < 0 || (seen & (1U << part)) != 0) {
                    refuse(QStringLiteral("payload: unexpected parts"));
                }
                seen |= 1U << part;
                expect(':');
                switch (part) {
                case 0:
                    table(kUsersSpec, m_users, out.users);
                    break;
                case 1:
                    table(kBooksSpec, m_books, out.books);
                    break;
                case 2:
                    table(kSessionsSpec, m_sessions, out.sessions);
                    break;
                case 3:
                    table(kSessionEventsSpec, m_sessionEvents, out.sessionEvents);
                    break;
                case 4:
                    list("checks", kChecksSpec.maxRows, out.checks, [this] {
                        ParsedCheck check;
                        check.fields = row(kChecksSpec, m_checks, &check.corrections);
                        return check;
                    });
                    break;
                case 5:
                    table(kReviewsSpec, m_reviews, out.reviews);
                    break;
                case 6:
                    table(kSpotSamplesSpec, m_spotSamples, out.spotSamples);
                    break;
                case 7:
                    table(kSpotItemsSpec, m_spotItems, out.spotItems);
                    break;
                case 8:
                    table(kSpotResultsSpec, m_spotResults, out.spotResults);
                    break;
                default:
                    list("events", kMaxEvents, out.events, [this] { return event(); });
                    break;
                }
            } while (more('}'));
        }
        if (seen != (1U << 10) - 1) {
            refuse(QStringLiteral("payload: unexpected parts"));
        }
        space();
        if (m_p != m_end) {
            malformed();
        }
        return out;
    }

private:
    Keys m_users, m_books, m_sessions, m_sessionEvents, m_checks, m_corrections, m_reviews, m_spotSamples, m_spotItems,
        m_spotResults;

    static int partOf(std::string_view key) {
        const TableSpec* const tables[] = {&kUsersSpec,         &kBooksSpec,     &kSessionsSpec,
                                           &kSessionEventsSpec, &kChecksSpec,    &kReviewsSpec,
                                           &kSpotSamplesSpec,   &kSpotItemsSpec, &kSpotResultsSpec};
        for (int i = 0; i < 9; ++i) {
            if (key == tables[i]->key) {
                return i;
            }
        }
        return key == "events" ? 9 : -1;
    }

    static bool isDigitOrMinus(char c) { return c == '-' || (c >= '0' && c <= '9'); }

    // The value of `field`, into `out`; false when it is of the wrong type or out of bounds.
    bool value(const FieldSpec& field, PlainValue& out) {
        const char c = peek();
        if (c == 'n') {
            literal("null");
            return field.type == T::OptionalUuid || field.type == T::OptionalText || field.type == T::OptionalInteger;
        }
        switch (field.type) {
        case T::Uuid:
        case T::OptionalUuid:
        case T::Text:
        case T::OptionalText: {
            if (c != '"') {
                return false;
            }
            const Text text = string();
            const bool uuid = field.type == T::Uuid || field.type == T::OptionalUuid;
            if (uuid ? !isUuidText(text.bytes) : text.units > field.max) {
                return false;
            }
            out.kind = PlainValue::Kind::Text;
            out.text = QByteArray(text.bytes.data(), static_cast<qsizetype>(text.bytes.size()));
            return true;
        }
        case T::Integer:
        case T::OptionalInteger: {
            if (!isDigitOrMinus(c)) {
                return false;
            }
            const auto whole = wholeIn(number(), field.min, field.max);
            if (!whole) {
                return false;
            }
            out.kind = PlainValue::Kind::Integer;
            out.integer = *whole;
            return true;
        }
        case T::Bool:
            if (c != 't' && c != 'f') {
                return false;
            }
            literal(c == 't' ? "true" : "false");
            out.kind = PlainValue::Kind::Integer;
            out.integer = c == 't' ? 1 : 0;
            return true;
        }
        return false;
    }

    // A list (at its '['), each element read by `read`, at most `maxRows` of them.
    template <typename Row, typename Read>
    void list(const char* key, qint64 maxRows, std::vector<Row>& out, Read read) {
        if (peek() != '[') {
            refuse(QStringLiteral("payload: \"%1\" is missing or not a list").arg(QLatin1String(key)));
        }
        ++m_p;
        if (take(']')) {
            return;
        }
        do {
            if (static_cast<qint64>(out.size()) >= maxRows) {
                refuse(QStringLiteral("payload: \"%1\" has too many rows").arg(QLatin1String(key)));
            }
            out.push_back(read());
        } while (more(']'));
    }

    void table(const TableSpec& spec, Keys& keys, std::vector<PlainRow>& out) {
        list(spec.key, spec.maxRows, out, [&] { return row(spec, keys, nullptr); });
    }

    // A row of `spec` (at its '{'): each of its keys once, nothing else; a check's "corrections" into `corrections`.
    PlainRow row(const TableSpec& spec, Keys& keys, std::vector<PlainRow>* corrections) {
        if (peek() != '{') {
            refuse(QStringLiteral("payload: a row of \"%1\" is not an object").arg(QLatin1String(spec.key)));
        }
        ++m_p;
        PlainRow out(spec.fields.size());
        std::uint32_t seen = 0;
        bool correctionsSeen = false;
        keys.restart();
        if (!take('}')) {
            do {
                const std::string_view key = string().bytes;
                const int index = keys.find(key);
                if (index < 0 && corrections != nullptr && key == "corrections" && !correctionsSeen) {
                    correctionsSeen = true;
                    expect(':');
                    if (peek() != '[') {
                        refuse(wrongField(spec, "corrections"));
                    }
                    correctionRows(spec, *corrections);
                    continue;
                }
                if (index < 0 || (seen & (1U << index)) != 0) {
                    refuse(QStringLiteral("payload: a row of \"%1\" has unexpected keys").arg(QLatin1String(spec.key)));
                }
                seen |= 1U << index;
                expect(':');
                if (!value(spec.fields[static_cast<std::size_t>(index)], out[static_cast<std::size_t>(index)])) {
                    refuse(wrongField(spec, spec.fields[static_cast<std::size_t>(index)].key));
                }
            } while (more('}'));
        }
        for (std::size_t i = 0; i < spec.fields.size(); ++i) {
            if ((seen & (1U << i)) == 0) {
                refuse(wrongField(spec, spec.fields[i].key));
            }
        }
        if (corrections != nullptr && !correctionsSeen) {
            refuse(wrongField(spec, "corrections"));
        }
        return out;
    }

    void correctionRows(const TableSpec& check, std::vector<PlainRow>& out) {
        ++m_p; // the '['
        if (take(']')) {
            return;
        }
        do {
            if (static_cast<qint64>(out.size()) >= kCorrectionsSpec.maxRows || peek() != '{') {
                refuse(wrongField(check, "corrections"));
            }
            out.push_back(row(kCorrectionsSpec, m_corrections, nullptr));
        } while (more(']'));
    }

    QString eventText(const char* key, qint64 max) {
        if (peek() != '"') {
            refuseEventText(key);
        }
        const Text text = string();
        if (text.units > max) {
            refuseEventText(key);
        }
        return QString::fromUtf8(text.bytes.data(), static_cast<qsizetype>(text.bytes.size()));
    }

    audit::Hash eventHash(const char* key) {
        if (peek() != '"') {
            refuseEventText(key);
        }
        const Text text = string();
        if (text.units > 64) {
            refuseEventText(key);
        }
        audit::Hash hash{};
        if (!crypto::fromHexInto(text.bytes, hash)) {
            refuse(QStringLiteral("payload: event field \"%1\" is not a SHA-256 hash").arg(QLatin1String(key)));
        }
        return hash;
    }

    // An audit event: its nine fields, each once.
    audit::Event event() {
        if (peek() != '{') {
            refuseEvent();
        }
        ++m_p;
        audit::Event e;
        unsigned seen = 0;
        if (!take('}')) {
            do {
                const std::string_view key = string().bytes;
                const auto found = std::find(kEventKeys.begin(), kEventKeys.end(), key);
                const auto index = static_cast<unsigned>(found - kEventKeys.begin());
                if (found == kEventKeys.end() || (seen & (1U << index)) != 0) {
                    refuseEvent();
                }
                seen |= 1U << index;
                expect(':');
                switch (index) {
                case 0: {
                    const auto seq = isDigitOrMinus(peek()) ? wholeIn(number(), 1, qint64{1} << 52) : std::nullopt;
                    if (!seq) {
                        refuse(QStringLiteral("payload: an event's seq is missing or out of bounds"));
                    }
                    e.seq = *seq;
                    break;
                }
                case 1:
                    e.at = eventText("at", kTime);
                    break;
                case 2:
                    e.site = eventText("site", 64);
                    break;
                case 3:
                    e.actors = eventText("actors", 1000);
                    break;
                case 4:
                    e.action = eventText("action", 128);
                    break;
                case 5:
                    e.subject = eventText("subject", 200);
                    break;
                case 6:
                    e.details = eventText("details", kMaxEventText);
                    break;
                case 7:
                    e.prevHash = eventHash("prevHash");
                    break;
                default:
                    e.hash = eventHash("hash");
                    break;
                }
            } while (more('}'));
        }
        if (seen != (1U << kEventKeys.size()) - 1) {
            refuseEvent();
        }
        return e;
    }
};

QJsonArray toArray(const std::vector<QJsonObject>& rows) {
    QJsonArray array;
    for (const QJsonObject& row : rows) {
        array.append(row);
    }
    return array;
}

} // namespace

int fieldIndex(const TableSpec& spec, const char* key) {
    for (std::size_t i = 0; i < spec.fields.size(); ++i) {
        if (std::strcmp(spec.fields[i].key, key) == 0) {
            return static_cast<int>(i);
        }
    }
    throw std::logic_error("no such field in the table's spec");
}

const TableSpec& usersSpec() {
    return kUsersSpec;
}
const TableSpec& booksSpec() {
    return kBooksSpec;
}
const TableSpec& sessionsSpec() {
    return kSessionsSpec;
}
const TableSpec& sessionEventsSpec() {
    return kSessionEventsSpec;
}
const TableSpec& checksSpec() {
    return kChecksSpec;
}
const TableSpec& correctionsSpec() {
    return kCorrectionsSpec;
}
const TableSpec& reviewsSpec() {
    return kReviewsSpec;
}
const TableSpec& spotSamplesSpec() {
    return kSpotSamplesSpec;
}
const TableSpec& spotItemsSpec() {
    return kSpotItemsSpec;
}
const TableSpec& spotResultsSpec() {
    return kSpotResultsSpec;
}

QString checkRow(const TableSpec& spec, const QJsonObject& row) {
    const auto wrong = [&spec](const char* key) { return wrongField(spec, key); };
    qsizetype expected = static_cast<qsizetype>(spec.fields.size());
    for (const FieldSpec& field : spec.fields) {
        const QJsonValue value = row.value(QLatin1String(field.key));
        switch (field.type) {
        case T::Uuid:
            if (!value.isString() || !isUuid(value.toString())) {
                return wrong(field.key);
            }
            break;
        case T::OptionalUuid:
            if (!value.isNull() && (!value.isString() || !isUuid(value.toString()))) {
                return wrong(field.key);
            }
            break;
        case T::Text:
            if (!value.isString() || value.toString().size() > field.max) {
                return wrong(field.key);
            }
            break;
        case T::OptionalText:
            if (!value.isNull() && (!value.isString() || value.toString().size() > field.max)) {
                return wrong(field.key);
            }
            break;
        case T::Integer:
            if (!integerIn(value, field.min, field.max)) {
                return wrong(field.key);
            }
            break;
        case T::OptionalInteger:
            if (!value.isNull() && !integerIn(value, field.min, field.max)) {
                return wrong(field.key);
            }
            break;
        case T::Bool:
            if (!value.isBool()) {
                return wrong(field.key);
            }
            break;
        }
    }
    if (&spec == &kChecksSpec) {
        ++expected;
        const QJsonValue corrections = row.value(QLatin1String("corrections"));
        if (!corrections.isArray() || corrections.toArray().size() > kCorrectionsSpec.maxRows) {
            return wrong("corrections");
        }
        for (const QJsonValue& c : corrections.toArray()) {
            if (!c.isObject()) {
                return wrong("corrections");
            }
            if (QString problem = checkRow(kCorrectionsSpec, c.toObject()); !problem.isEmpty()) {
                return problem;
            }
        }
    }
    if (row.size() != expected) {
        return QStringLiteral("payload: a row of \"%1\" has unexpected keys").arg(QLatin1String(spec.key));
    }
    return {};
}

QJsonObject rowObject(const TableSpec& spec, const PlainRow& row) {
    QJsonObject out;
    for (std::size_t i = 0; i < spec.fields.size() && i < row.size(); ++i) {
        const FieldSpec& field = spec.fields[i];
        const PlainValue& value = row[i];
        QJsonValue json(QJsonValue::Null);
        if (value.kind == PlainValue::Kind::Integer) {
            json =
                field.type == T::Bool ? QJsonValue(value.integer != 0) : QJsonValue(static_cast<double>(value.integer));
        } else if (value.kind == PlainValue::Kind::Text) {
            json = QString::fromUtf8(value.text);
        }
        out.insert(QLatin1String(field.key), json);
    }
    return out;
}

QJsonObject checkObject(const ParsedCheck& check) {
    QJsonObject out = rowObject(kChecksSpec, check.fields);
    QJsonArray corrections;
    for (const PlainRow& correction : check.corrections) {
        corrections.append(rowObject(kCorrectionsSpec, correction));
    }
    out.insert(QStringLiteral("corrections"), corrections);
    return out;
}

BundlePayload objectsOf(const ParsedPayload& payload) {
    const auto objects = [](const TableSpec& spec, const std::vector<PlainRow>& rows) {
        std::vector<QJsonObject> out;
        out.reserve(rows.size());
        for (const PlainRow& row : rows) {
            out.push_back(rowObject(spec, row));
        }
        return out;
    };
    BundlePayload out;
    out.users = objects(kUsersSpec, payload.users);
    out.books = objects(kBooksSpec, payload.books);
    out.sessions = objects(kSessionsSpec, payload.sessions);
    out.sessionEvents = objects(kSessionEventsSpec, payload.sessionEvents);
    for (const ParsedCheck& check : payload.checks) {
        out.checks.push_back(checkObject(check));
    }
    out.reviews = objects(kReviewsSpec, payload.reviews);
    out.spotSamples = objects(kSpotSamplesSpec, payload.spotSamples);
    out.spotItems = objects(kSpotItemsSpec, payload.spotItems);
    out.spotResults = objects(kSpotResultsSpec, payload.spotResults);
    out.events = payload.events;
    return out;
}

QByteArray canonicalRow(const QJsonObject& row) {
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

QByteArray serializePayload(const BundlePayload& payload) {
    QJsonObject root;
    root.insert(QLatin1String(kUsersSpec.key), toArray(payload.users));
    root.insert(QLatin1String(kBooksSpec.key), toArray(payload.books));
    root.insert(QLatin1String(kSessionsSpec.key), toArray(payload.sessions));
    root.insert(QLatin1String(kSessionEventsSpec.key), toArray(payload.sessionEvents));
    root.insert(QLatin1String(kChecksSpec.key), toArray(payload.checks));
    root.insert(QLatin1String(kReviewsSpec.key), toArray(payload.reviews));
    root.insert(QLatin1String(kSpotSamplesSpec.key), toArray(payload.spotSamples));
    root.insert(QLatin1String(kSpotItemsSpec.key), toArray(payload.spotItems));
    root.insert(QLatin1String(kSpotResultsSpec.key), toArray(payload.spotResults));
    QJsonArray events;
    for (const audit::Event& e : payload.events) {
        events.append(QJsonObject{
            {QStringLiteral("seq"), static_cast<double>(e.seq)},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("site"), e.site},
            {QStringLiteral("actors"), e.actors},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("subject"), e.subject},
            {QStringLiteral("details"), e.details},
            {QStringLiteral("prevHash"), QString::fromStdString(crypto::toHex(e.prevHash))},
            {QStringLiteral("hash"), QString::fromStdString(crypto::toHex(e.hash))},
        });
    }
    root.insert(QStringLiteral("events"), events);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<QString> objectText(std::string_view json, std::string_view key) {
    try {
        JsonCursor cursor(json.data(), json.data() + json.size());
        return cursor.memberText(key);
    } catch (const Malformed&) {
        return std::nullopt;
    }
}

Result<ParsedPayload> parsePayload(std::span<const std::uint8_t> json) {
    try {
        const auto* begin = reinterpret_cast<const char*>(json.data());
        Reader reader(begin, begin + json.size());
        return reader.payload();
    } catch (const Malformed& refusal) {
        return makeError(ErrorCode::FileRefused, refusal.detail);
    } catch (const std::exception&) {
        return makeError(ErrorCode::FileRefused, QStringLiteral("payload: cannot be read"));
    }
}

Result<ParsedPayload> parsePayload(const QByteArray& json) {
    return parsePayload(
        std::span(reinterpret_cast<const std::uint8_t*>(json.constData()), static_cast<std::size_t>(json.size())));
}

} // namespace dc::core::exchange
