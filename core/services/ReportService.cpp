// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ReportService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/campaign/Campaign.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Masking.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/EnrollmentGateway.h"
#include "core/gateways/HubReportGateway.h"
#include "core/gateways/ReviewGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/SpotCheckGateway.h"
#include "core/services/BookService.h"
#include "core/services/HubScope.h"
#include "core/services/ReportTables.h"
#include "core/services/SiteAccess.h"
#include "core/services/SiteCampaign.h"
#include "core/store/Transaction.h"
#include "crypto/Random.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>
#include <tuple>

namespace dc::core {

namespace {

constexpr qint64 kMaxRangeDays = 3660;

Result<void> validRange(const ReportRange& range);

Result<void> checkRange(Session& session, const ReportRange& range) {
    if (auto allowed = access::requireRole(session, Role::Supervisor, "see reports"); !allowed) {
        return allowed.error();
    }
    return validRange(range);
}

Result<void> validRange(const ReportRange& range) {
    if (!range.from.isValid() || !range.to.isValid()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a report needs a from and a to date"));
    }
    if (range.from > range.to) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the date range is reversed"));
    }
    if (range.from.daysTo(range.to) > kMaxRangeDays) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the date range is longer than ten years"));
    }
    return {};
}

ReportHeader header(Session& session, const char* title, const ReportRange& range, bool deidentified) {
    return ReportHeader{session.siteName(), QString::fromLatin1(title), range, toStoredTime(session.now()),
                        deidentified};
}

// "Khai sinh 01/1998": record type, book number, first year.
QString bookLabel(RecordType type, const QString& number, int yearFrom) {
    static const QHash<RecordType, QString> names{{RecordType::Birth, QStringLiteral("Khai sinh")},
                                                  {RecordType::Marriage, QStringLiteral("Kết hôn")},
                                                  {RecordType::Death, QStringLiteral("Khai tử")}};
    return QStringLiteral("%1 %2/%3").arg(names.value(type), number).arg(yearFrom);
}

// The same in English: "Birth 01/1998".
QString bookLabelEn(RecordType type, const QString& number, int yearFrom) {
    static const QHash<RecordType, QString> names{{RecordType::Birth, QStringLiteral("Birth")},
                                                  {RecordType::Marriage, QStringLiteral("Marriage")},
                                                  {RecordType::Death, QStringLiteral("Death")}};
    return QStringLiteral("%1 %2/%3").arg(names.value(type), number).arg(yearFrom);
}

QString bookLabel(const Book& book) {
    return bookLabel(book.recordType, book.bookNumber, book.yearFrom);
}

QString bookLabelEn(const Book& book) {
    return bookLabelEn(book.recordType, book.bookNumber, book.yearFrom);
}

// The people of one de-identified report as opaque codes, "TNV-7K3Q" (tình nguyện viên): drawn at random for each
// report made, so codes cannot be matched across exports; the same person has the same code within the report. The
// letters leave out 0, 1, I and O, which read alike.
class PersonCodes {
public:
    QString of(const QString& userName) {
        const auto known = m_codes.constFind(userName);
        if (known != m_codes.constEnd()) {
            return *known;
        }
        static constexpr char kLetters[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // 32
        QString code;
        do {
            code = QStringLiteral("TNV-");
            for (const std::uint8_t byte : crypto::randomBytes(4)) {
                code += QLatin1Char(kLetters[byte % 32]);
            }
        } while (m_taken.contains(code));
        m_taken.insert(code);
        m_codes.insert(userName, code);
        return code;
    }
    // "lan + minh" → "TNV-7K3Q + TNV-M2XD" (user names have no spaces).
    QString ofPair(const QString& who) {
        QStringList codes;
        for (const QString& name : who.split(QStringLiteral(" + "))) {
            codes.append(of(name));
        }
        return codes.join(QStringLiteral(" + "));
    }

private:
    QHash<QString, QString> m_codes;
    QSet<QString> m_taken;
};

QHash<qint64, Book> booksById(store::Database& db) {
    QHash<qint64, Book> books;
    for (Book& book : gateways::BookGateway(db).all()) {
        books.insert(book.id, std::move(book));
    }
    return books;
}

// The stored-time bounds of a report's days: [first day's start, the day after the last's start).
std::pair<QString, QString> bounds(const ReportRange& range) {
    return {sitetime::dayStartStored(range.from), sitetime::dayStartStored(range.to.addDays(1))};
}

} // namespace

Result<ProgressReport> ReportService::progress(Session& session, const ReportRange& range, std::optional<int> target) {
    if (session.siteKind() == SiteKind::Hub) {
        return progress(session, ReportScope{}, range, target);
    }
    if (auto ok = checkRange(session, range); !ok) {
        return ok.error();
    }
    return access::guarded([&]() -> Result<ProgressReport> {
        ProgressReport report;
        report.header = header(session, "progress", range, false);
        store::Database& db = session.database();
        if (target) {
            report.dailyTarget = *target;
        } else {
            const auto setting = gateways::SettingsGateway(db).value(QStringLiteral("daily_target"));
            report.dailyTarget = setting ? setting->toInt() : kDefaultDailyTarget;
        }
        // Entries counted on the day each was first logged, unless voided since: the same numbers as the pair's
        // work bar (CheckGateway, daily_counts).
        const QHash<qint64, Book> books = booksById(db);
        QMap<std::pair<QDate, QString>, int> byBook;
        QMap<QDate, int> byDay;
        QHash<QString, QString> englishBooks;
        for (const auto& row :
             gateways::CheckGateway(db).loggedPerDayAndBook(sitetime::dayKey(range.from), sitetime::dayKey(range.to))) {
            const QDate day = QDate::fromString(row.day, Qt::ISODate);
            const auto book = books.constFind(row.bookId);
            byBook[{day, book == books.constEnd() ? QString() : bookLabel(*book)}] += row.logged;
            if (book != books.constEnd()) {
                englishBooks.insert(bookLabel(*book), bookLabelEn(*book));
            }
            byDay[day] += row.logged;
            report.total += row.logged;
        }
        for (auto it = byBook.constBegin(); it != byBook.constEnd(); ++it) {
            report.rows.push_back({it.key().first, it.key().second, englishBooks.value(it.key().second), it.value()});
        }
        for (QDate day = range.from; day <= range.to; day = day.addDays(1)) {
            report.days.push_back({day, byDay.value(day)});
        }
        return report;
    });
}

Result<CorrectionsReport> ReportService::corrections(Session& session, const ReportRange& range) {
    if (session.siteKind() == SiteKind::Hub) {
        return corrections(session, ReportScope{}, range);
    }
    if (auto ok = checkRange(session, range); !ok) {
        return ok.error();
    }
    return access::guarded([&]() -> Result<CorrectionsReport> {
        CorrectionsReport report;
        report.header = header(session, "corrections", range, false);
        const auto [from, to] = bounds(range);
        for (const auto& count : gateways::CheckGateway(session.database()).correctionCounts(from, to)) {
            CorrectionsReport::Row row;
            row.fieldKey = count.fieldKey;
            const auto type = recordTypeFromKey(count.recordType).value_or(RecordType::Birth);
            const domain::FieldSpec* spec = domain::entrySchema(type).field(row.fieldKey);
            row.fieldLabel = spec ? spec->labelVi : row.fieldKey;
            row.fieldLabelEn = spec ? spec->labelEn : row.fieldKey;
            row.correctionClass = count.correctionClass;
            row.writingDifference = count.writingDifference;
            row.count = count.count;
            (row.writingDifference ? report.writingDifferences : report.errorsFound) += row.count;
            report.rows.push_back(std::move(row));
        }
        return report;
    });
}

Result<VolunteersReport> ReportService::volunteers(Session& session, const ReportRange& range, bool deidentified) {
    if (session.siteKind() == SiteKind::Hub) {
        return volunteers(session, ReportScope{}, range, deidentified);
    }
    if (auto ok = checkRange(session, range); !ok) {
        return ok.error();
    }
    return access::guarded([&]() -> Result<VolunteersReport> {
        VolunteersReport report;
        report.header = header(session, "volunteers", range, deidentified);
        store::Database& db = session.database();
        const auto [from, to] = bounds(range);
        QMap<qint64, VolunteersReport::Row> rows;
        PersonCodes codes;
        for (const UserAccount& user : gateways::SiteGateway(db).users()) {
            if (user.role != Role::Volunteer) {
                continue;
            }
            VolunteersReport::Row row;
            row.userName = user.userName;
            row.code = deidentified ? codes.of(user.userName) : QString();
            row.displayName = deidentified ? domain::maskName(user.displayName) : user.displayName;
            rows.insert(user.id, row);
        }
        // Who is credited for what (README, "Reports"): an entry's reading, checking and corrections stay with the
        // reader and checker who first logged it (on that day, as daily_counts counts it), whoever re-checked it
        // since; each amendment is a re-check, credited to the reader and checker who made it, on its own day.
        gateways::CheckGateway checks(db);
        for (const auto& work : checks.firstWork(from, to)) {
            if (rows.contains(work.readerId)) {
                rows[work.readerId].read += 1;
            }
            if (rows.contains(work.checkerId)) {
                rows[work.checkerId].checked += 1;
                rows[work.checkerId].corrections += work.realCorrections;
            }
        }
        for (const auto& [reader, checker] : checks.amendmentsBetween(from, to)) {
            for (const qint64 id : {reader, checker}) {
                if (rows.contains(id)) {
                    rows[id].rechecks += 1;
                }
            }
        }
        for (const auto& [reader, checker] : gateways::ReviewGateway(db).returnsBetween(from, to)) {
            for (const qint64 id : {reader, checker}) {
                if (rows.contains(id)) {
                    rows[id].returns += 1;
                }
            }
        }
        for (const auto& item :
             gateways::SpotCheckGateway(db).decided(sitetime::dayKey(range.from), sitetime::dayKey(range.to))) {
            for (const qint64 id : {item.readerId, item.checkerId}) {
                if (rows.contains(id)) {
                    rows[id].spotSampled += 1;
                    rows[id].spotMissed += item.missed ? 1 : 0;
                }
            }
        }
        for (VolunteersReport::Row& row : rows) {
            row.missRate = domain::wilsonInterval(row.spotMissed, row.spotSampled);
            report.rows.push_back(row);
        }
        return report;
    });
}

Result<SpotChecksReport> ReportService::spotChecks(Session& session, const ReportRange& range, bool deidentified) {
    if (session.siteKind() == SiteKind::Hub) {
        return spotChecks(session, ReportScope{}, range, deidentified);
    }
    if (auto ok = checkRange(session, range); !ok) {
        return ok.error();
    }
    auto rates = SpotCheckService::missRates(session, range.from, range.to);
    if (!rates) {
        return rates.error();
    }
    return access::guarded([&]() -> Result<SpotChecksReport> {
        SpotChecksReport report{header(session, "spot-checks", range, deidentified), std::move(rates).value(), {}};
        PersonCodes codes;
        if (deidentified) {
            for (MissRate& rate : report.rates.volunteers) {
                rate.who = codes.of(rate.who);
            }
            for (MissRate& rate : report.rates.pairs) {
                rate.who = codes.ofPair(rate.who);
            }
        }
        store::Database& db = session.database();
        const QHash<qint64, Book> books = booksById(db);
        gateways::SiteGateway people(db);
        // The latest result of each item, when it is a miss.
        for (const auto& m :
             gateways::SpotCheckGateway(db).misses(sitetime::dayKey(range.from), sitetime::dayKey(range.to))) {
            const auto book = books.constFind(m.bookId);
            if (book == books.constEnd()) {
                continue;
            }
            SpotChecksReport::Miss miss;
            miss.day = QDate::fromString(m.day, Qt::ISODate);
            miss.book = bookLabel(*book);
            miss.bookEn = bookLabelEn(*book);
            miss.entryNumber = m.entryNumber;
            miss.subjectName = deidentified ? domain::maskName(m.subjectName) : m.subjectName;
            miss.fieldKey = m.fieldKey;
            const domain::FieldSpec* spec = domain::entrySchema(book->recordType).field(miss.fieldKey);
            miss.fieldLabel = spec ? spec->labelVi : miss.fieldKey;
            miss.fieldLabelEn = spec ? spec->labelEn : miss.fieldKey;
            miss.before = m.before;
            miss.after = m.after;
            if (deidentified) { // fails closed: a field of no known kind is withheld
                const std::optional<domain::ValueKind> kind =
                    spec ? std::optional<domain::ValueKind>(spec->kind) : std::nullopt;
                miss.before = domain::maskValue(kind, miss.before);
                miss.after = domain::maskValue(kind, miss.after);
            }
            miss.correctionClass = m.correctionClass;
            miss.pair = people.userName(m.firstUser) + QStringLiteral(" + ") + people.userName(m.secondUser);
            if (deidentified) {
                miss.pair = codes.ofPair(miss.pair);
            }
            report.misses.push_back(std::move(miss));
        }
        return report;
    });
}

// --- Reports at the province hub (docs/HUB.md "Reports at the hub") ----------------------------------------------

namespace {

// A scope resolved: its label, its enrolled sites (current epochs) and the campaign's communes it covers.
struct HubScope {
    QString label;
    bool wide = false; // more than one commune: books and volunteers are labelled with their commune
    std::vector<gateways::HubSiteRow> sites;
    std::vector<campaign::Commune> communes;
};

Result<HubScope> resolveHubScope(Session& session, const ReportScope& scope, const ReportRange& range,
                                 bool deidentified) {
    if (auto active = access::requireActive(session); !active) {
        return active.error();
    }
    const Role role = session.user().role;
    if (role != Role::Province && role != Role::District) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("reports at the hub are for province and district accounts"));
    }
    if (auto ok = validRange(range); !ok) {
        return ok.error();
    }
    auto place = access::resolveHubPlace(session, scope);
    if (!place) {
        return place.error();
    }
    if (session.user().role == Role::District && !deidentified) {
        return makeError(ErrorCode::NotPermitted,
                         QStringLiteral("names in reports at the hub are for province accounts only"));
    }
    const campaign::Campaign& plan = campaignOf(session);
    const QString& district = place->district;
    const QString& commune = place->commune;
    HubScope out;
    out.label = place->label;
    const auto inScope = [&](const QString& d, const QString& c) {
        return (district.isEmpty() || d == district) && (commune.isEmpty() || c == commune);
    };
    for (const campaign::Commune& c : plan.communes) {
        if (inScope(c.district, c.name)) {
            out.communes.push_back(c);
        }
    }
    for (gateways::HubSiteRow& site : gateways::EnrollmentGateway(session.database()).currentSites()) {
        if (inScope(site.district, site.commune)) {
            out.sites.push_back(std::move(site));
        }
    }
    out.wide = commune.isEmpty();
    return out;
}

ReportHeader hubHeader(Session& session, const char* title, const ReportRange& range, bool deidentified,
                       const HubScope& scope) {
    ReportHeader h = header(session, title, range, deidentified);
    h.site = QStringLiteral("%1 — %2").arg(session.siteName(), scope.label);
    h.scope = scope.label;
    return h;
}

// A book of a site: "Khai sinh 01/1998", prefixed with its commune at a wider scope ("Thanh An · Khai sinh 01/1998").
struct HubBookLabels {
    QString vi;
    QString en;
    std::optional<RecordType> type;
};
QHash<QString, HubBookLabels> hubBooks(gateways::HubReportGateway& gateway, const gateways::HubSiteRow& site,
                                       bool wide) {
    QHash<QString, HubBookLabels> out;
    const QString prefix = wide ? site.commune + QStringLiteral(" · ") : QString();
    for (const auto& book : gateway.books(site.siteUuid)) {
        const auto type = recordTypeFromKey(book.recordType);
        const RecordType t = type.value_or(RecordType::Birth);
        out.insert(book.uuid, {prefix + bookLabel(t, book.bookNumber, book.yearFrom),
                               prefix + bookLabelEn(t, book.bookNumber, book.yearFrom), type});
    }
    return out;
}

// A person named in a report at the hub: the user name, with the commune at a wider scope ("lan (Thanh An)").
QString hubPerson(const QString& userName, const gateways::HubSiteRow& site, bool wide) {
    return wide ? QStringLiteral("%1 (%2)").arg(userName, site.commune) : userName;
}

// The way into a report over a scope: a commune site takes the province scope only (its own report, `atCommune`); a hub
// resolves the scope — permissions, its communes and sites — and builds the report over it (`atHub`).
template <typename Report, typename AtCommune, typename AtHub>
Result<Report> overScope(Session& session, const ReportScope& scope, const ReportRange& range, bool deidentified,
                         AtCommune atCommune, AtHub atHub) {
    if (session.siteKind() != SiteKind::Hub) {
        if (!scope.isProvince()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("a district or commune is chosen at the hub only"));
        }
        return atCommune();
    }
    return access::guarded([&]() -> Result<Report> {
        auto resolved = resolveHubScope(session, scope, range, deidentified);
        if (!resolved) {
            return resolved.error();
        }
        return atHub(resolved.value());
    });
}

} // namespace

Result<ProgressReport> ReportService::progress(Session& session, const ReportScope& scope, const ReportRange& range,
                                               std::optional<int> target) {
    return overScope<ProgressReport>(
        session, scope, range, true, [&] { return progress(session, range, target); },
        [&](const HubScope& where) -> Result<ProgressReport> {
            ProgressReport report;
            report.header = hubHeader(session, "progress", range, false, where);
            if (target) {
                report.dailyTarget = *target;
            } else {
                const int fallback = campaignOf(session).defaultDailyTarget > 0 ? campaignOf(session).defaultDailyTarget
                                                                                : kDefaultDailyTarget;
                for (const campaign::Commune& c : where.communes) {
                    report.dailyTarget += c.dailyTarget > 0 ? c.dailyTarget : fallback;
                }
            }
            gateways::HubReportGateway gateway(session.database());
            QMap<std::pair<QDate, QString>, qint64> byBook;
            QMap<QDate, qint64> byDay;
            QHash<QString, QString> englishBooks;
            qint64 total = 0;
            for (const gateways::HubSiteRow& site : where.sites) {
                const QHash<QString, HubBookLabels> books = hubBooks(gateway, site, where.wide);
                for (const auto& row : gateway.loggedPerDayAndBook(site.siteUuid, sitetime::dayKey(range.from),
                                                                   sitetime::dayKey(range.to))) {
                    const QDate day = QDate::fromString(row.day, Qt::ISODate);
                    const auto book = books.constFind(row.bookUuid);
                    const QString label = book == books.constEnd() ? QString() : book->vi;
                    byBook[{day, label}] += row.logged;
                    if (book != books.constEnd()) {
                        englishBooks.insert(label, book->en);
                    }
                    byDay[day] += row.logged;
                    total += row.logged;
                }
            }
            for (auto it = byBook.constBegin(); it != byBook.constEnd(); ++it) {
                report.rows.push_back({it.key().first, it.key().second, englishBooks.value(it.key().second),
                                       static_cast<int>(it.value())});
            }
            for (QDate day = range.from; day <= range.to; day = day.addDays(1)) {
                report.days.push_back({day, static_cast<int>(byDay.value(day))});
            }
            report.total = static_cast<int>(total);
            return report;
        });
}

Result<CorrectionsReport> ReportService::corrections(Session& session, const ReportScope& scope,
                                                     const ReportRange& range) {
    return overScope<CorrectionsReport>(
        session, scope, range, true, [&] { return corrections(session, range); },
        [&](const HubScope& where) -> Result<CorrectionsReport> {
            CorrectionsReport report;
            report.header = hubHeader(session, "corrections", range, false, where);
            gateways::HubReportGateway gateway(session.database());
            // (record type, field, class, writing difference) → count, over the scope's sites.
            std::map<std::tuple<QString, QString, QString, bool>, qint64> counts;
            for (const gateways::HubSiteRow& site : where.sites) {
                for (const auto& c :
                     gateway.corrections(site.siteUuid, sitetime::dayKey(range.from), sitetime::dayKey(range.to))) {
                    counts[{c.recordType, c.fieldKey, c.correctionClass, c.writingDifference}] += c.count;
                }
            }
            std::vector<std::pair<std::tuple<QString, QString, QString, bool>, qint64>> sorted(counts.begin(),
                                                                                               counts.end());
            // As the workstation orders them: most first, then by field.
            std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
                if (a.second != b.second) {
                    return a.second > b.second;
                }
                return std::get<1>(a.first) < std::get<1>(b.first);
            });
            for (const auto& [key, count] : sorted) {
                if (count <= 0) {
                    continue;
                }
                CorrectionsReport::Row row;
                row.fieldKey = std::get<1>(key);
                const auto type = recordTypeFromKey(std::get<0>(key)).value_or(RecordType::Birth);
                const domain::FieldSpec* spec = domain::entrySchema(type).field(row.fieldKey);
                row.fieldLabel = spec ? spec->labelVi : row.fieldKey;
                row.fieldLabelEn = spec ? spec->labelEn : row.fieldKey;
                row.correctionClass = std::get<2>(key);
                row.writingDifference = std::get<3>(key);
                row.count = static_cast<int>(count);
                (row.writingDifference ? report.writingDifferences : report.errorsFound) += row.count;
                report.rows.push_back(std::move(row));
            }
            return report;
        });
}

Result<VolunteersReport> ReportService::volunteers(Session& session, const ReportScope& scope, const ReportRange& range,
                                                   bool deidentified) {
    return overScope<VolunteersReport>(
        session, scope, range, deidentified, [&] { return volunteers(session, range, deidentified); },
        [&](const HubScope& where) -> Result<VolunteersReport> {
            VolunteersReport report;
            report.header = hubHeader(session, "volunteers", range, deidentified, where);
            gateways::HubReportGateway gateway(session.database());
            const QString fromDay = sitetime::dayKey(range.from);
            const QString toDay = sitetime::dayKey(range.to);
            PersonCodes codes;
            // The same credits as at the workstation (see volunteers above), read from hub_daily_people: an entry's
            // reading, checking and corrections on its first day for its first pair; re-checks and returns on their
            // day.
            for (const gateways::HubSiteRow& site : where.sites) {
                std::vector<VolunteersReport::Row> rows;
                QHash<QString, std::size_t> index; // user UUID → row
                for (const auto& user : gateway.users(site.siteUuid)) {
                    if (user.role != roleKey(Role::Volunteer)) {
                        continue;
                    }
                    VolunteersReport::Row row;
                    row.userName = user.userName;
                    row.code = deidentified ? codes.of(site.siteUuid + QLatin1Char('/') + user.userName) : QString();
                    const QString name = deidentified ? domain::maskName(user.displayName) : user.displayName;
                    row.displayName = where.wide ? QStringLiteral("%1 (%2)").arg(name, site.commune) : name;
                    index.insert(user.uuid, rows.size());
                    rows.push_back(row);
                }
                for (const auto& work : gateway.people(site.siteUuid, fromDay, toDay)) {
                    const auto at = index.constFind(work.userUuid);
                    if (at == index.constEnd()) {
                        continue;
                    }
                    VolunteersReport::Row& row = rows[*at];
                    row.read += static_cast<int>(work.read);
                    row.checked += static_cast<int>(work.checked);
                    row.corrections += static_cast<int>(work.corrections);
                    row.rechecks += static_cast<int>(work.rechecks);
                    row.returns += static_cast<int>(work.returns);
                }
                for (const auto& spots : gateway.spotCounts(site.siteUuid, fromDay, toDay)) {
                    for (const QString& who : {spots.reader, spots.checker}) {
                        const auto at = index.constFind(who);
                        if (at != index.constEnd()) {
                            rows[*at].spotSampled += static_cast<int>(spots.sampled);
                            rows[*at].spotMissed += static_cast<int>(spots.missed);
                        }
                    }
                }
                for (VolunteersReport::Row& row : rows) {
                    row.missRate = domain::wilsonInterval(row.spotMissed, row.spotSampled);
                    report.rows.push_back(std::move(row));
                }
            }
            return report;
        });
}

Result<SpotChecksReport> ReportService::spotChecks(Session& session, const ReportScope& scope, const ReportRange& range,
                                                   bool deidentified) {
    return overScope<SpotChecksReport>(
        session, scope, range, deidentified, [&] { return spotChecks(session, range, deidentified); },
        [&](const HubScope& where) -> Result<SpotChecksReport> {
            SpotChecksReport report;
            report.header = hubHeader(session, "spot-checks", range, deidentified, where);
            gateways::HubReportGateway gateway(session.database());
            const QString fromDay = sitetime::dayKey(range.from);
            const QString toDay = sitetime::dayKey(range.to);
            // Each decided item counts for the sample's pair and for both of its members (SpotCheckService::missRates).
            QMap<QString, std::pair<int, int>> pairs;
            QMap<QString, std::pair<int, int>> people;
            std::vector<SpotChecksReport::Miss> misses;
            // The misses of the whole hub (a few), each kept when its site is in the scope.
            QHash<QString, std::vector<gateways::HubReportGateway::SpotMiss>> missesBySite;
            for (auto& m : gateway.spotMisses(fromDay, toDay)) {
                missesBySite[m.siteUuid].push_back(std::move(m));
            }
            for (const gateways::HubSiteRow& site : where.sites) {
                QHash<QString, QString> names; // user UUID → name as the report shows it
                for (const auto& user : gateway.users(site.siteUuid)) {
                    names.insert(user.uuid, hubPerson(user.userName, site, where.wide));
                }
                for (const auto& spots : gateway.spotCounts(site.siteUuid, fromDay, toDay)) {
                    const QString a = names.value(spots.firstUser);
                    const QString b = names.value(spots.secondUser);
                    for (auto* bucket : {&pairs[a + QStringLiteral(" + ") + b], &people[a], &people[b]}) {
                        bucket->first += static_cast<int>(spots.sampled);
                        bucket->second += static_cast<int>(spots.missed);
                    }
                }
                const auto siteMisses = missesBySite.constFind(site.siteUuid);
                if (siteMisses == missesBySite.constEnd()) {
                    continue;
                }
                const QHash<QString, HubBookLabels> books = hubBooks(gateway, site, where.wide);
                for (const auto& m : *siteMisses) {
                    const auto book = books.constFind(m.bookUuid);
                    if (book == books.constEnd()) {
                        continue;
                    }
                    SpotChecksReport::Miss miss;
                    miss.day = QDate::fromString(m.day, Qt::ISODate);
                    miss.book = book->vi;
                    miss.bookEn = book->en;
                    miss.entryNumber = static_cast<int>(m.entryNumber);
                    miss.subjectName = deidentified ? domain::maskName(m.subjectName) : m.subjectName;
                    miss.fieldKey = m.fieldKey;
                    const domain::FieldSpec* spec =
                        domain::entrySchema(book->type.value_or(RecordType::Birth)).field(miss.fieldKey);
                    miss.fieldLabel = spec ? spec->labelVi : miss.fieldKey;
                    miss.fieldLabelEn = spec ? spec->labelEn : miss.fieldKey;
                    miss.before = m.before;
                    miss.after = m.after;
                    if (deidentified) { // fails closed: a field of no known kind is withheld
                        const std::optional<domain::ValueKind> kind =
                            spec ? std::optional<domain::ValueKind>(spec->kind) : std::nullopt;
                        miss.before = domain::maskValue(kind, miss.before);
                        miss.after = domain::maskValue(kind, miss.after);
                    }
                    miss.correctionClass = m.correctionClass;
                    miss.pair = names.value(m.firstUser) + QStringLiteral(" + ") + names.value(m.secondUser);
                    misses.push_back(std::move(miss));
                }
            }
            for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
                report.rates.pairs.push_back(
                    {it.key(), it->first, it->second, domain::wilsonInterval(it->second, it->first)});
            }
            for (auto it = people.constBegin(); it != people.constEnd(); ++it) {
                report.rates.volunteers.push_back(
                    {it.key(), it->first, it->second, domain::wilsonInterval(it->second, it->first)});
            }
            std::stable_sort(misses.begin(), misses.end(), [](const auto& a, const auto& b) {
                return std::tie(a.day, a.book, a.entryNumber) < std::tie(b.day, b.book, b.entryNumber);
            });
            PersonCodes codes;
            if (deidentified) {
                for (MissRate& rate : report.rates.volunteers) {
                    rate.who = codes.of(rate.who);
                }
                for (MissRate& rate : report.rates.pairs) {
                    rate.who = codes.ofPair(rate.who);
                }
                for (SpotChecksReport::Miss& miss : misses) {
                    miss.pair = codes.ofPair(miss.pair);
                }
            }
            report.misses = std::move(misses);
            return report;
        });
}

// --- end of the reports at the hub ---------------------------------------------------------------------------------

Result<void> ReportService::recordExport(Session& session, const ReportHeader& header, const QString& format,
                                         const std::function<Result<void>()>& write) {
    return access::guarded([&]() -> Result<void> {
        if (auto active = access::requireActive(session); !active) {
            return active.error();
        }
        if (session.siteKind() == SiteKind::Hub) {
            if (session.user().role != Role::Province && session.user().role != Role::District) {
                return makeError(ErrorCode::NotPermitted,
                                 QStringLiteral("reports at the hub are for province and district accounts"));
            }
        } else if (auto allowed = access::requireRole(session, Role::Supervisor, "export reports"); !allowed) {
            return allowed.error();
        }
        if (!header.recipient.isEmpty()) {
            if (auto ok = checkedRecipient(header.recipient); !ok || ok.value() != header.recipient) {
                return makeError(ErrorCode::InvalidInput, QStringLiteral("the recipient is not a valid name"));
            }
        } else if (needsRecipient(header.title)) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a file of this list names its recipient"));
        }
        store::Transaction transaction(session.database());
        QJsonObject details{{QStringLiteral("report"), header.title},
                            {QStringLiteral("format"), format},
                            {QStringLiteral("from"), header.range.from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), header.range.to.toString(Qt::ISODate)},
                            {QStringLiteral("deidentified"), header.deidentified}};
        if (!header.scope.isEmpty()) {
            details.insert(QStringLiteral("scope"), header.scope);
        }
        if (!header.recipient.isEmpty()) {
            details.insert(QStringLiteral("recipient"), header.recipient);
        }
        access::record(session, QStringLiteral("report.exported"), session.databaseId(), details);
        if (auto written = write(); !written) {
            return written.error(); // the transaction rolls back: no event for a file that was not written
        }
        transaction.commit();
        return {};
    });
}

} // namespace dc::core
