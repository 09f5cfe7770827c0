// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/HubImport.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/SessionController.h"
#include "core/services/ImportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QVariantMap>

namespace dc::gui {

HubImport::HubImport(QObject* parent) : QObject(parent) {}

HubImport::~HubImport() = default;

AppContext* HubImport::context() {
    if (!m_context) {
        m_context = AppContext::of(this);
    }
    return m_context;
}

QString HubImport::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

QString HubImport::statusText(const QString& status) {
    if (status == QLatin1String("imported")) {
        return QCoreApplication::translate("HubImport", "Imported");
    }
    if (status == QLatin1String("already-imported")) {
        return QCoreApplication::translate("HubImport", "Already imported");
    }
    if (status == QLatin1String("held")) {
        return QCoreApplication::translate("HubImport", "Held");
    }
    return QCoreApplication::translate("HubImport", "Refused");
}

QString HubImport::reasonText(const QString& reason) {
    if (reason == QLatin1String("bad-signature")) {
        return QCoreApplication::translate("HubImport", "the signature does not match the workstation's key");
    }
    if (reason == QLatin1String("unknown-sender")) {
        return QCoreApplication::translate("HubImport", "the workstation is not enrolled at this hub");
    }
    if (reason == QLatin1String("retired-sender")) {
        return QCoreApplication::translate("HubImport", "it was signed with keys the workstation no longer uses");
    }
    if (reason == QLatin1String("wrong-recipient")) {
        return QCoreApplication::translate("HubImport", "it is addressed to another hub");
    }
    if (reason == QLatin1String("truncated")) {
        return QCoreApplication::translate("HubImport", "the file is cut short");
    }
    if (reason == QLatin1String("too-large")) {
        return QCoreApplication::translate("HubImport", "the file is too large");
    }
    if (reason == QLatin1String("fork")) {
        return QCoreApplication::translate("HubImport",
                                           "a fork: another bundle with the same number was imported (an alarm)");
    }
    if (reason == QLatin1String("rollback")) {
        return QCoreApplication::translate("HubImport",
                                           "a rollback: its history differs from what the hub holds (an alarm)");
    }
    return QCoreApplication::translate("HubImport", "the file is damaged or not a bundle");
}

void HubImport::importFiles(const QList<QUrl>& files) {
    m_results.clear();
    m_summary.clear();
    m_error.reset();
    AppContext* app = context();
    core::Session* session = app ? app->session()->session() : nullptr;
    if (!session || files.isEmpty()) {
        Q_EMIT changed();
        return;
    }
    QStringList paths;
    for (const QUrl& url : files) {
        paths << (url.isLocalFile() ? url.toLocalFile() : url.toString());
    }
    auto imported = guarded([&] { return core::ImportService::importFiles(*session, paths); });
    if (!imported) {
        m_error = imported.error();
        Q_EMIT changed();
        return;
    }
    int counts[4] = {0, 0, 0, 0}; // imported, already imported, held, refused
    for (const core::ImportedFile& f : imported.value()) {
        QString detail;
        if (f.status == QLatin1String("imported")) {
            ++counts[0];
            detail = QCoreApplication::translate("HubImport", "%1 checks; receipt for the commune: %2")
                         .arg(f.checks)
                         .arg(QDir::toNativeSeparators(f.receipt));
        } else if (f.status == QLatin1String("already-imported")) {
            ++counts[1];
            detail = QCoreApplication::translate("HubImport", "the hub holds all of it already: nothing changed");
        } else if (f.status == QLatin1String("held")) {
            ++counts[2];
            detail = QCoreApplication::translate(
                "HubImport", "an earlier bundle of this commune is missing: kept aside, applied when it arrives");
        } else {
            ++counts[3];
            detail = reasonText(f.reason) + QCoreApplication::translate("HubImport", "; nothing was written");
        }
        m_results.append(QVariantMap{{QStringLiteral("name"), QFileInfo(f.file).fileName()},
                                     {QStringLiteral("status"), f.status},
                                     {QStringLiteral("statusText"), statusText(f.status)},
                                     {QStringLiteral("detail"), detail},
                                     {QStringLiteral("ok"), f.status != QLatin1String("refused")}});
    }
    m_summary = QCoreApplication::translate("HubImport", "Imported %1 · already imported %2 · held %3 · refused %4")
                    .arg(counts[0])
                    .arg(counts[1])
                    .arg(counts[2])
                    .arg(counts[3]);
    Q_EMIT changed();
}

} // namespace dc::gui
