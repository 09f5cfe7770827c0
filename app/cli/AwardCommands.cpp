// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// `awards compute|explain|shortlist|certificates` (issue 15): the judging of the volunteers, computed by core
// (AwardsService over the logged facts, AwardsDocuments for what is printed), written by app/common/export.
#include "app/cli/CliContext.h"

#include "app/common/export/Certificates.h"
#include "app/common/export/ReportWriter.h"
#include "core/services/AwardsDocuments.h"
#include "core/services/AwardsService.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace dc::app::cli {

namespace {

const char* const kUsage =
    "awards compute|explain WHO|shortlist [--district D] [--top N] [--output F] [--evidence DIR]|certificates "
    "[--min-days N] --output DIR|FILE.pdf [--from DATE] [--to DATE]";

// --from and --to, each optional; false after printing a usage error.
bool readPeriod(CliContext& context, core::AwardsRequest& period) {
    for (const char* name : {"from", "to"}) {
        const auto text = context.args().value(QString::fromLatin1(name));
        if (!text) {
            continue;
        }
        const auto day = parseDay(*text);
        if (!day) {
            context.usage(QStringLiteral("--from and --to are dates, dd/mm/yyyy or yyyy-mm-dd"));
            return false;
        }
        (QLatin1String(name) == QLatin1String("from") ? period.from : period.to) = *day;
    }
    if (period.from.isValid() && period.to.isValid() && period.from > period.to) {
        context.usage(QStringLiteral("the date range is reversed: --from is after --to"));
        return false;
    }
    return true;
}

QString scoreText(double score) {
    return QString::number(score, 'f', 3);
}

int compute(CliContext& context, const core::AwardsRequest& period) {
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto awards = core::AwardsService::compute(*session, period);
    if (!awards) {
        return context.failExplained(awards.error());
    }
    if (context.json()) {
        context.printJson(core::AwardsService::computeJson(awards.value()));
        return kExitOk;
    }
    QTextStream& out = context.out();
    out << "volunteer\tuser\tcommunes\ttier\tscore\teligible\tshortlisted\n";
    for (const core::JudgedVolunteer& v : awards->volunteers) {
        out << v.volunteer.name << '\t' << v.volunteer.userName << '\t'
            << v.volunteer.communes.join(QStringLiteral("; ")) << '\t' << core::evaluation::tierKey(v.evaluation.tier)
            << '\t' << scoreText(v.evaluation.score()) << '\t' << (v.evaluation.eligible ? "yes" : "no") << '\t'
            << (v.shortlisted ? "yes" : "no");
        if (!v.patterns.isEmpty()) {
            out << "\tto look at: " << v.patterns.join(QStringLiteral(", "));
        }
        out << '\n';
    }
    out << awards->volunteers.size() << " volunteers\n";
    out.flush();
    return kExitOk;
}

int explain(CliContext& context, const QString& who, const core::AwardsRequest& period) {
    return runDocument(
        context, [&](core::Session& session, core::domain::Language language) -> core::Result<core::ReportDocument> {
            // At a commune site the hub's judgement, when a receipt brought it, is the one that counts (it compares the
            // volunteer with the province's pairs); the site's own is shown until then, and with --from/--to.
            QJsonObject explained;
            const bool plainPeriod = !period.from.isValid() && !period.to.isValid();
            auto held = core::AwardsService::hubExplanation(session, who);
            if (!held && held.error().code == core::ErrorCode::NotPermitted) {
                return held.error();
            }
            if (held && held.value() && plainPeriod) {
                explained = held.value()->explanation;
                explained.insert(QStringLiteral("from"), QStringLiteral("hub"));
                explained.insert(QStringLiteral("issuedAt"), held.value()->issuedAt);
            } else {
                auto judged = core::AwardsService::explain(session, who, period);
                if (!judged) {
                    return judged.error();
                }
                explained = core::AwardsService::explainJson(judged.value());
                explained.insert(QStringLiteral("from"), held ? QStringLiteral("site") : QStringLiteral("hub"));
            }
            core::ReportDocument document = core::AwardsDocuments::explanation(explained, language);
            document.site = session.siteName();
            return document;
        });
}

int shortlist(CliContext& context, const core::AwardsRequest& period) {
    core::ShortlistRequest request;
    request.period = period;
    request.district = context.args().value(QStringLiteral("district")).value_or(QString());
    if (const auto top = context.args().value(QStringLiteral("top"))) {
        bool ok = false;
        const int n = top->toInt(&ok);
        if (!ok || n < 1 || n > 1000) {
            return context.usage(QStringLiteral("--top is a number from 1 to 1000"));
        }
        request.top = n;
    }
    const auto evidence = context.args().value(QStringLiteral("evidence"));
    if (evidence && QFileInfo(*evidence).exists() && !QFileInfo(*evidence).isDir()) {
        return context.usage(QStringLiteral("--evidence names a folder"));
    }
    return runDocument(
        context, [&](core::Session& session, core::domain::Language language) -> core::Result<core::ReportDocument> {
            auto list = core::AwardsDocuments::shortlist(session, request, language);
            if (!list || !evidence) {
                return list;
            }
            auto sheets = core::AwardsDocuments::evidence(session, request, language);
            if (!sheets) {
                return sheets.error();
            }
            if (!QDir().mkpath(*evidence)) {
                return core::makeError(core::ErrorCode::IoError, QStringLiteral("cannot make the evidence folder"));
            }
            // One PDF per nominee, named by place and person code (never by name: a folder listing is not a list of
            // names), each an audit event; the files written are listed in the shortlist's JSON.
            QJsonArray files;
            int place = 0;
            for (const core::ReportDocument& sheet : sheets.value()) {
                const QString person = sheet.data.value(QStringLiteral("person")).toString();
                const QString code =
                    person.isEmpty() ? sheet.data.value(QStringLiteral("userName")).toString() : person;
                const QString path = QDir(*evidence).filePath(
                    QStringLiteral("ho-so-%1-%2.pdf").arg(++place, 3, 10, QLatin1Char('0')).arg(code));
                if (auto written = exportReport(session, sheet, ExportFormat::Pdf, path, language); !written) {
                    return written.error();
                }
                files.append(QFileInfo(path).absoluteFilePath());
            }
            list->data.insert(QStringLiteral("evidence"), files);
            context.note(QStringLiteral("Wrote %1 evidence sheets into %2").arg(files.size()).arg(*evidence));
            return list;
        });
}

// `awards certificates [--min-days N] --output DIR|FILE.pdf`: every participant with the minimum days, numbered at a
// hub (drafts at a commune site); a .pdf path is one batch, a folder gets one file per person and all.pdf.
int certificates(CliContext& context, const core::AwardsRequest& period) {
    const auto output = context.required(QStringLiteral("output"));
    if (!output) {
        return kExitUsage;
    }
    core::CertificateRequest request;
    if (const auto minDays = context.args().value(QStringLiteral("min-days"))) {
        bool ok = false;
        const int n = minDays->toInt(&ok);
        if (!ok || n < 0 || n > 366) {
            return context.usage(QStringLiteral("--min-days is a number from 0 to 366"));
        }
        request.minDays = n;
    }
    const QFileInfo target(*output);
    if (target.exists() && !target.isDir() && target.suffix().toLower() != QLatin1String("pdf")) {
        return context.usage(QStringLiteral("--output names a folder or a .pdf file"));
    }
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session) {
        return exitCode;
    }
    auto participants = core::AwardsService::participants(*session, period);
    if (!participants) {
        return context.failExplained(participants.error());
    }
    request.subjects = std::move(participants->subjects);
    auto batch = core::issueCertificates(*session, request);
    if (!batch) {
        return context.failExplained(batch.error());
    }
    if (batch->items.empty()) {
        return context.fail(QStringLiteral("nobody has the minimum days: no certificate written"));
    }
    if (auto written = writeCertificates(*session, batch.value(), *output); !written) {
        return context.failExplained(written.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("output"), QFileInfo(*output).absoluteFilePath()},
                                      {QStringLiteral("certificates"), static_cast<int>(batch->items.size())},
                                      {QStringLiteral("drafts"), batch->drafts},
                                      {QStringLiteral("unlinked"), participants->unlinked}});
    } else {
        context.note(QStringLiteral("Wrote %1 certificates%2 to %3")
                         .arg(batch->items.size())
                         .arg(batch->drafts ? QStringLiteral(" (unnumbered drafts)") : QString())
                         .arg(QFileInfo(*output).absoluteFilePath()));
    }
    if (participants->unlinked > 0) {
        context.note(QStringLiteral("%1 accounts are linked to no person and got no certificate: link them first "
                                    "(person link)")
                         .arg(participants->unlinked));
    }
    return kExitOk;
}

} // namespace

int runAwards(CliContext& context) {
    const QStringList& p = context.args().positional;
    const QString sub = p.size() >= 2 ? p.at(1) : QString();
    core::AwardsRequest period;
    if (sub == QLatin1String("compute") && p.size() == 2) {
        if (!readPeriod(context, period)) {
            return kExitUsage;
        }
        return compute(context, period);
    }
    if (sub == QLatin1String("explain") && p.size() == 3) {
        if (!readPeriod(context, period)) {
            return kExitUsage;
        }
        return explain(context, p.at(2), period);
    }
    if (sub == QLatin1String("shortlist") && p.size() == 2) {
        if (!readPeriod(context, period)) {
            return kExitUsage;
        }
        return shortlist(context, period);
    }
    if (sub == QLatin1String("certificates") && p.size() == 2) {
        if (!readPeriod(context, period)) {
            return kExitUsage;
        }
        return certificates(context, period);
    }
    return context.usage(QString::fromLatin1(kUsage));
}

} // namespace dc::app::cli
