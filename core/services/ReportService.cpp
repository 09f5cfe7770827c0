// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ReportService.h"

#include "core/Clock.h"
#include "core/SiteTime.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Masking.h"
#include "core/gateways/BookGateway.h"
#include "core/gateways/CheckGateway.h"
#include "core/gateways/ReviewGateway.h"
#include "core/gateways/SettingsGateway.h"
#include "core/gateways/SiteGateway.h"
#include "core/gateways/SpotCheckGateway.h"
#include "core/services/BookService.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"
#include "crypto/Random.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace dc::core {

namespace {

constexpr qint64 kMaxRangeDays = 3660;

Result<void> checkRange(Session& session, const ReportRange& range) {
    if (auto allowed = access::requireRole(session, Role::Supervisor, "see reports"); !allowed) {
        return allowed.error();
    }
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
QString bookLabel(const Book& book) {
    static const QHash<RecordType, QString> names{{RecordType::Birth, QStringLiteral("Khai sinh")},
                                                  {RecordType::Marriage, QStringLiteral("Kết hôn")},
                                                  {RecordType::Death, QStringLiteral("Khai tử")}};
    return QStringLiteral("%1 %2/%3").arg(names.value(book.recordType), book.bookNumber).arg(book.yearFrom);
}

// The same in English: "Birth 01/1998".
QString bookLabelEn(const Book& book) {
    static const QHash<RecordType, QString> names{{RecordType::Birth, QStringLiteral("Birth")},
                                                  {RecordType::Marriage, QStringLiteral("Marriage")},
                                                  {RecordType::Death, QStringLiteral("Death")}};
    return QStringLiteral("%1 %2/%3").arg(names.value(book.recordType), book.bookNumber).arg(book.yearFrom);
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

Result<void> ReportService::recordExport(Session& session, const ReportHeader& header, const QString& format,
                                         const std::function<Result<void>()>& write) {
    return access::guarded([&]() -> Result<void> {
        if (auto allowed = access::requireRole(session, Role::Supervisor, "export reports"); !allowed) {
            return allowed.error();
        }
        store::Transaction transaction(session.database());
        access::record(session, QStringLiteral("report.exported"), session.databaseId(),
                       {{QStringLiteral("report"), header.title},
                        {QStringLiteral("format"), format},
                        {QStringLiteral("from"), header.range.from.toString(Qt::ISODate)},
                        {QStringLiteral("to"), header.range.to.toString(Qt::ISODate)},
                        {QStringLiteral("deidentified"), header.deidentified}});
        if (auto written = write(); !written) {
            return written.error(); // the transaction rolls back: no event for a file that was not written
        }
        transaction.commit();
        return {};
    });
}

} // namespace dc::core
