// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// enroll request, accept, finish, status (docs/HUB.md "Enrollment").
#include "app/cli/CliContext.h"

#include "core/exchange/Fingerprint.h"
#include "core/services/EnrollmentService.h"

#include <QJsonArray>

namespace dc::app::cli {

namespace {

using core::exchange::formatFingerprint;

// InvalidInput's sentence alone does not say which rule: the detail (English, never citizen data) does — an ambiguous
// commune's candidates, a commune already taken.
int failWithDetail(CliContext& context, const core::Error& error) {
    // A wrong kind of site says which (a training site enrolls with no hub: its detail says so).
    return error.code == core::ErrorCode::InvalidInput || error.code == core::ErrorCode::WrongSiteKind
               ? context.failExplained(error)
               : context.fail(error);
}

QJsonObject enrollmentJson(const core::CurrentEnrollment& e) {
    return QJsonObject{{QStringLiteral("hub"), e.hub},
                       {QStringLiteral("hubName"), e.hubName},
                       {QStringLiteral("hubFingerprint"), formatFingerprint(e.hubFingerprint)},
                       {QStringLiteral("epoch"), static_cast<qint64>(e.epoch)},
                       {QStringLiteral("district"), e.district},
                       {QStringLiteral("commune"), e.commune},
                       {QStringLiteral("enrolledAt"), e.enrolledAt}};
}

int runRequest(CliContext& context) {
    if (context.args().positional.size() != 2)
        return context.usage(QStringLiteral("enroll request takes no operand"));
    const auto output = context.required(QStringLiteral("output"));
    if (!output)
        return kExitUsage;
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session)
        return exitCode;
    auto written = core::EnrollmentService::request(*session, *output);
    if (!written)
        return failWithDetail(context, written.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("fingerprint"), formatFingerprint(written->fingerprint)},
                                      {QStringLiteral("site"), written->site},
                                      {QStringLiteral("siteName"), written->siteName},
                                      {QStringLiteral("file"), written->file}});
    } else {
        context.out() << "Enrollment request written to " << written->file << ".\n"
                      << "Read this fingerprint to the province office by phone:\n\n    "
                      << formatFingerprint(written->fingerprint) << "\n";
        context.out().flush();
    }
    return kExitOk;
}

int runAccept(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 3)
        return context.usage(QStringLiteral("enroll accept takes one request file"));
    const auto fingerprint = context.required(QStringLiteral("fingerprint"));
    if (!fingerprint)
        return kExitUsage;
    const auto commune = context.required(QStringLiteral("commune"));
    if (!commune)
        return kExitUsage;
    const auto output = context.required(QStringLiteral("output"));
    if (!output)
        return kExitUsage;
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session)
        return exitCode;
    auto accepted = core::EnrollmentService::accept(*session, p.at(2), *fingerprint, *commune, *output,
                                                    context.args().has(QStringLiteral("replace")));
    if (!accepted)
        return failWithDetail(context, accepted.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("site"), accepted->site},
                                      {QStringLiteral("siteName"), accepted->siteName},
                                      {QStringLiteral("epoch"), static_cast<qint64>(accepted->epoch)},
                                      {QStringLiteral("district"), accepted->district},
                                      {QStringLiteral("commune"), accepted->commune},
                                      {QStringLiteral("replaced"), accepted->replacedSite},
                                      {QStringLiteral("hubFingerprint"), formatFingerprint(accepted->hubFingerprint)},
                                      {QStringLiteral("file"), accepted->file}});
    } else {
        context.out() << "Enrolled " << accepted->siteName << " as " << accepted->district << "/" << accepted->commune
                      << ", epoch " << accepted->epoch << ".\n";
        if (!accepted->replacedSite.isEmpty())
            context.out() << "The site that held this commune before (" << accepted->replacedSite << ") is retired.\n";
        context.out() << "Welcome package written to " << accepted->file << ".\n"
                      << "Read the office's fingerprint back to the commune:\n\n    "
                      << formatFingerprint(accepted->hubFingerprint) << "\n";
        context.out().flush();
    }
    return kExitOk;
}

int runFinish(CliContext& context) {
    const QStringList& p = context.args().positional;
    if (p.size() != 3)
        return context.usage(QStringLiteral("enroll finish takes one welcome file"));
    const auto fingerprint = context.required(QStringLiteral("fingerprint"));
    if (!fingerprint)
        return kExitUsage;
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session)
        return exitCode;
    auto finished = core::EnrollmentService::finish(*session, p.at(2), *fingerprint);
    if (!finished)
        return failWithDetail(context, finished.error());
    if (context.json()) {
        context.printJson(enrollmentJson(finished.value()));
    } else {
        context.out() << "Enrolled with " << finished->hubName << " as " << finished->district << "/"
                      << finished->commune << ", epoch " << finished->epoch << ".\n";
        context.out().flush();
    }
    return kExitOk;
}

int runStatus(CliContext& context) {
    if (context.args().positional.size() != 2)
        return context.usage(QStringLiteral("enroll status takes no operand"));
    int exitCode = kExitOk;
    auto session = context.signIn(exitCode);
    if (!session)
        return exitCode;
    auto own = core::EnrollmentService::ownFingerprint(*session);
    if (!own)
        return failWithDetail(context, own.error());
    if (session->siteKind() == core::SiteKind::Hub) {
        auto sites = core::EnrollmentService::hubEnrolledSites(*session);
        if (!sites)
            return failWithDetail(context, sites.error());
        if (context.json()) {
            QJsonArray list;
            for (const auto& s : sites.value()) {
                list.append(QJsonObject{{QStringLiteral("site"), s.site},
                                        {QStringLiteral("siteName"), s.siteName},
                                        {QStringLiteral("epoch"), static_cast<qint64>(s.epoch)},
                                        {QStringLiteral("district"), s.district},
                                        {QStringLiteral("commune"), s.commune},
                                        {QStringLiteral("fingerprint"), formatFingerprint(s.fingerprint)},
                                        {QStringLiteral("enrolledAt"), s.enrolledAt}});
            }
            context.printJson(QJsonObject{{QStringLiteral("fingerprint"), formatFingerprint(own.value())},
                                          {QStringLiteral("sites"), list}});
        } else {
            context.out() << "This hub's fingerprint: " << formatFingerprint(own.value()) << "\n"
                          << sites->size() << " site(s) enrolled.\n";
            for (const auto& s : sites.value())
                context.out() << "    " << s.district << "/" << s.commune << "  epoch " << s.epoch << "  " << s.site
                              << "  " << s.siteName << "\n";
            context.out().flush();
        }
        return kExitOk;
    }
    auto current = core::EnrollmentService::currentEnrollment(*session);
    if (!current)
        return failWithDetail(context, current.error());
    if (context.json()) {
        QJsonObject document{{QStringLiteral("fingerprint"), formatFingerprint(own.value())},
                             {QStringLiteral("enrolled"), current->has_value()}};
        if (current->has_value())
            document.insert(QStringLiteral("enrollment"), enrollmentJson(*current.value()));
        context.printJson(document);
    } else {
        context.out() << "This site's fingerprint: " << formatFingerprint(own.value()) << "\n";
        if (current->has_value()) {
            const auto& e = *current.value();
            context.out() << "Enrolled with " << e.hubName << " (" << e.hub << ") as " << e.district << "/" << e.commune
                          << ", epoch " << e.epoch << ", since " << e.enrolledAt << ".\n";
        } else {
            context.out() << "Not enrolled with a province hub.\n";
        }
        context.out().flush();
    }
    return kExitOk;
}

} // namespace

int runEnroll(CliContext& context) {
    const QString sub = context.args().positional.value(1);
    if (sub == QLatin1String("request"))
        return runRequest(context);
    if (sub == QLatin1String("accept"))
        return runAccept(context);
    if (sub == QLatin1String("finish"))
        return runFinish(context);
    if (sub == QLatin1String("status"))
        return runStatus(context);
    return context.usage(QStringLiteral("enroll request|accept|finish|status"));
}

} // namespace dc::app::cli
