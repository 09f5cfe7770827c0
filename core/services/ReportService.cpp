// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/services/ReportService.h"

#include "core/Clock.h"
#include "core/domain/CorrectionClass.h"
#include "core/domain/EntrySchema.h"
#include "core/domain/Masking.h"
#include "core/services/BookService.h"
#include "core/services/SiteAccess.h"
#include "core/store/Transaction.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

namespace dc::core {

namespace {

const QTimeZone kVietnam(7 * 3600);
constexpr qint64 kMaxRangeDays = 3660;

QString dayStart(const QDate& day) {
    return toStoredTime(QDateTime(day, QTime(0, 0), kVietnam));
}

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

QString bookLabel(const QString& type, const QString& number, int year) {
    static const QHash<QString, QString> names{{QStringLiteral("birth"), QStringLiteral("Khai sinh")},
                                               {QStringLiteral("marriage"), QStringLiteral("Kết hôn")},
                                               {QStringLiteral("death"), QStringLiteral("Khai tử")}};
    return QStringLiteral("%1 %2/%3").arg(names.value(type, type), number).arg(year);
}

// The first log of an entry falls on a Vietnam day: "2022-12-01T01:30:00Z" → 2022-12-01.
QDate vietnamDay(const QString& storedUtc) {
    return QDateTime::fromString(storedUtc, Qt::ISODate).toTimeZone(kVietnam).date();
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
            auto s = db.prepare("SELECT value FROM site_settings WHERE key = 'daily_target'");
            report.dailyTarget = s.step() ? s.text(0).toInt() : kDefaultDailyTarget;
        }
        // First logs (rows superseding nothing) whose entry is still logged (not voided since).
        auto s = db.prepare(
            "SELECT c.logged_at, b.record_type, b.book_number, b.year_from FROM checks c JOIN books b ON b.id = "
            "c.book_id "
            "WHERE c.supersedes IS NULL AND c.outcome <> 'void' AND c.logged_at >= ?1 AND c.logged_at < ?2 "
            "AND EXISTS (SELECT 1 FROM entry_state e WHERE e.book_id = c.book_id AND e.entry_number = c.entry_number)");
        s.bind(1, dayStart(range.from)).bind(2, dayStart(range.to.addDays(1)));
        QMap<std::pair<QDate, QString>, int> byBook;
        QMap<QDate, int> byDay;
        while (s.step()) {
            const QDate day = vietnamDay(s.text(0));
            byBook[{day, bookLabel(s.text(1), s.text(2), s.integer(3))}] += 1;
            byDay[day] += 1;
            ++report.total;
        }
        for (auto it = byBook.constBegin(); it != byBook.constEnd(); ++it) {
            report.rows.push_back({it.key().first, it.key().second, it.value()});
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
        store::Database& db = session.database();
        auto s =
            db.prepare("SELECT b.record_type, k.field_key, k.class, k.writing_difference, count(*) FROM corrections k "
                       "JOIN checks c ON c.id = k.check_id JOIN entry_state e ON e.check_id = c.id JOIN books b ON "
                       "b.id = c.book_id "
                       "WHERE c.logged_at >= ?1 AND c.logged_at < ?2 GROUP BY b.record_type, k.field_key, k.class, "
                       "k.writing_difference ORDER BY count(*) DESC, k.field_key");
        s.bind(1, dayStart(range.from)).bind(2, dayStart(range.to.addDays(1)));
        while (s.step()) {
            CorrectionsReport::Row row;
            row.fieldKey = s.text(1);
            const auto type = recordTypeFromKey(s.text(0)).value_or(RecordType::Birth);
            const domain::FieldSpec* spec = domain::entrySchema(type).field(row.fieldKey);
            row.fieldLabel = spec ? spec->labelVi : row.fieldKey;
            row.correctionClass = s.text(2);
            row.writingDifference = s.int64(3) != 0;
            row.count = s.integer(4);
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
        const QString from = dayStart(range.from);
        const QString to = dayStart(range.to.addDays(1));
        QMap<qint64, VolunteersReport::Row> rows;
        auto users =
            db.prepare("SELECT id, user_name, display_name FROM users WHERE role = 'volunteer' ORDER BY user_name");
        while (users.step()) {
            VolunteersReport::Row row;
            row.userName = users.text(1);
            row.displayName = deidentified ? domain::maskName(users.text(2)) : users.text(2);
            rows.insert(users.int64(0), row);
        }
        // Current rows of entries logged in the period: who read, who checked, how many real corrections.
        auto work = db.prepare(
            "SELECT c.reader_id, c.checker_id, (SELECT count(*) FROM corrections k WHERE k.check_id = c.id AND "
            "k.writing_difference = 0) FROM entry_state e JOIN checks c ON c.id = e.check_id "
            "WHERE c.logged_at >= ?1 AND c.logged_at < ?2");
        work.bind(1, from).bind(2, to);
        while (work.step()) {
            if (rows.contains(work.int64(0))) {
                rows[work.int64(0)].read += 1;
            }
            if (rows.contains(work.int64(1))) {
                rows[work.int64(1)].checked += 1;
                rows[work.int64(1)].corrections += work.integer(2);
            }
        }
        auto returns =
            db.prepare("SELECT c.reader_id, c.checker_id FROM review_events r JOIN checks c ON c.id = r.check_id "
                       "WHERE r.decision = 'return' AND r.at >= ?1 AND r.at < ?2");
        returns.bind(1, from).bind(2, to);
        while (returns.step()) {
            for (const qint64 id : {returns.int64(0), returns.int64(1)}) {
                if (rows.contains(id)) {
                    rows[id].returns += 1;
                }
            }
        }
        auto spots = db.prepare(
            "SELECT c.reader_id, c.checker_id, (SELECT r.result FROM spot_results r WHERE r.item_id = i.id ORDER BY "
            "r.id DESC LIMIT 1) FROM spot_items i JOIN spot_samples p ON p.id = i.sample_id JOIN checks c ON "
            "c.id = i.check_id WHERE p.day >= ?1 AND p.day <= ?2");
        spots.bind(1, range.from.toString(Qt::ISODate)).bind(2, range.to.toString(Qt::ISODate));
        while (spots.step()) {
            if (spots.isNull(2)) {
                continue;
            }
            for (const qint64 id : {spots.int64(0), spots.int64(1)}) {
                if (rows.contains(id)) {
                    rows[id].spotSampled += 1;
                    rows[id].spotMissed += spots.text(2) == QLatin1String("missed") ? 1 : 0;
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
        // The latest result of each item, when it is a miss.
        auto s = session.database().prepare(
            "SELECT p.day, b.record_type, b.book_number, b.year_from, c.entry_number, c.subject_name, r.field_key, "
            "r.value_before, r.value_after, r.class, ua.user_name, ub.user_name FROM spot_items i "
            "JOIN spot_samples p ON p.id = i.sample_id JOIN checks c ON c.id = i.check_id JOIN books b ON b.id = "
            "c.book_id "
            "JOIN users ua ON ua.id = p.first_user JOIN users ub ON ub.id = p.second_user "
            "JOIN spot_results r ON r.id = (SELECT max(x.id) FROM spot_results x WHERE x.item_id = i.id) "
            "WHERE r.result = 'missed' AND p.day >= ?1 AND p.day <= ?2 ORDER BY p.day, b.id, c.entry_number");
        s.bind(1, range.from.toString(Qt::ISODate)).bind(2, range.to.toString(Qt::ISODate));
        while (s.step()) {
            SpotChecksReport::Miss miss;
            miss.day = QDate::fromString(s.text(0), Qt::ISODate);
            miss.book = bookLabel(s.text(1), s.text(2), s.integer(3));
            miss.entryNumber = s.integer(4);
            miss.subjectName = deidentified ? domain::maskName(s.text(5)) : s.text(5);
            miss.fieldKey = s.text(6);
            const auto type = recordTypeFromKey(s.text(1)).value_or(RecordType::Birth);
            const domain::FieldSpec* spec = domain::entrySchema(type).field(miss.fieldKey);
            miss.fieldLabel = spec ? spec->labelVi : miss.fieldKey;
            miss.before = s.text(7);
            miss.after = s.text(8);
            if (deidentified && spec && spec->kind == domain::ValueKind::PersonName) {
                miss.before = domain::maskName(miss.before);
                miss.after = domain::maskName(miss.after);
            } else if (deidentified && spec && spec->kind == domain::ValueKind::IdNumber) {
                miss.before = domain::maskIdNumber(miss.before);
                miss.after = domain::maskIdNumber(miss.after);
            }
            miss.correctionClass = s.text(9);
            miss.pair = s.text(10) + QStringLiteral(" + ") + s.text(11);
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
