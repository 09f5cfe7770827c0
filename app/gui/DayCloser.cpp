// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/DayCloser.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/RemovableDrive.h"
#include "app/gui/SessionController.h"
#include "core/services/AuditService.h"
#include "core/services/BackupService.h"
#include "core/services/BundleService.h"
#include "core/services/ReviewService.h"
#include "core/services/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace dc::gui {

namespace {} // namespace

DayCloser::DayCloser(QObject* parent) : QObject(parent), m_folder(removableDrive()) {}

void DayCloser::setFolder(const QString& folder) {
    if (folder != m_folder) {
        m_folder = folder;
        Q_EMIT folderChanged();
        if (closed()) {
            proposeBundleFile(); // the bundle's name in the folder now chosen
            Q_EMIT changed();
        }
    }
}

QString DayCloser::copyMessage() const {
    if (m_copyError) {
        return app::errorText(*m_copyError);
    }
    if (!m_exported.isEmpty()) {
        QStringList names;
        for (const QString& file : m_exported) {
            names << QFileInfo(file).fileName();
        }
        return QCoreApplication::translate("DayCloser",
                                           "Bundle for the province written to %1: %2 (%3 checks). Take it to "
                                           "the province office; it counts as delivered once their "
                                           "receipt is recorded.")
            .arg(QDir::toNativeSeparators(QFileInfo(m_exported.front()).absolutePath()),
                 names.join(QStringLiteral(", ")))
            .arg(m_exportedChecks);
    }
    return m_copiedTo.isEmpty()
               ? QString()
               : QCoreApplication::translate("DayCloser", "Saved to %1. Keep it away from the workstation.")
                     .arg(QDir::toNativeSeparators(m_copiedTo));
}

bool DayCloser::saveCheckpoint() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s || m_checkpoint.isEmpty()) {
        return false;
    }
    m_copyError.reset();
    m_copiedTo.clear();
    const QString folder = m_folder.trimmed();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        m_copyError = core::makeError(core::ErrorCode::IoError, QStringLiteral("choose a folder that exists"));
        Q_EMIT changed();
        return false;
    }
    const QString file = QDir(folder).filePath(
        QStringLiteral("doichieu-checkpoint-%1-%2.txt")
            .arg(s->databaseId().left(8), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    auto saved = guarded([&] { return core::AuditService::saveCheckpoint(m_checkpoint, file); });
    if (!saved) {
        m_copyError = saved.error();
    } else {
        m_copiedTo = file;
    }
    Q_EMIT changed();
    return saved.ok();
}

void DayCloser::setBundleFile(const QString& path) {
    if (path != m_bundleFile) {
        m_bundleFile = path;
        Q_EMIT changed();
    }
}

QUrl DayCloser::bundleFileUrl() const {
    return m_bundleFile.trimmed().isEmpty() ? QUrl() : QUrl::fromLocalFile(m_bundleFile.trimmed());
}

QUrl DayCloser::bundleFolderUrl() const {
    if (m_bundleFile.trimmed().isEmpty()) { // nothing proposed (not enrolled): the folder typed, if any
        return m_folder.trimmed().isEmpty() ? QUrl() : QUrl::fromLocalFile(m_folder.trimmed());
    }
    return QUrl::fromLocalFile(QFileInfo(m_bundleFile.trimmed()).absolutePath());
}

// `<district>-<commune>-<dd-mm-yyyy>-<sequence>.bundle` in the folder used last: what the next export will be.
void DayCloser::proposeBundleFile() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s || !m_delivery) {
        return;
    }
    auto name =
        guarded([&] { return core::BundleService::nextBundleFileName(*s, core::BundleService::NameDate::DayFirst); });
    if (!name) {
        return; // not enrolled, or not a supervisor holding the keys: the export says so
    }
    QString folder = m_folder.trimmed();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty() || !QDir(folder).exists()) {
            folder = QDir::homePath();
        }
    }
    setBundleFile(QDir(folder).filePath(name.value()));
}

bool DayCloser::exportBundleTo(const QUrl& file) {
    // The dialog gives a file: URL; a bare path (no scheme) is taken as it is.
    const QString path = file.isLocalFile() ? file.toLocalFile() : (file.scheme().isEmpty() ? file.path() : QString());
    setBundleFile(path);
    return exportBundle();
}

bool DayCloser::exportBundle() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s || !closed()) {
        return false;
    }
    m_copyError.reset();
    m_copiedTo.clear();
    m_exported.clear();
    m_exportedChecks = 0;
    const QString target = m_bundleFile.trimmed();
    const QString folder = target.isEmpty() ? QString() : QFileInfo(target).absolutePath();
    auto refuse = [this](const QString& why) {
        m_copyError = core::makeError(core::ErrorCode::IoError, why);
        Q_EMIT changed();
        return false;
    };
    if (target.isEmpty() || QFileInfo(target).isDir() || !QDir(folder).exists()) {
        return refuse(QCoreApplication::translate("DayCloser", "choose a file in a folder that exists"));
    }
    if (QFileInfo::exists(target)) {
        return refuse(QCoreApplication::translate("DayCloser", "%1 exists already; choose another name")
                          .arg(QDir::toNativeSeparators(target)));
    }
    // Written first into a new folder beside the target (the same drive), then renamed: the service names its files.
    QTemporaryDir staging(QDir(folder).filePath(QStringLiteral(".doichieu-bundle-XXXXXX")));
    if (!staging.isValid()) {
        return refuse(
            QCoreApplication::translate("DayCloser", "cannot write into %1").arg(QDir::toNativeSeparators(folder)));
    }
    auto written = guarded([&] { return core::BundleService::exportBundle(*s, staging.path()); });
    if (!written) {
        m_copyError = written.error();
        readDelivery();
        return false;
    }
    for (const auto& bundle : written.value()) {
        const QString to = written->size() == 1 ? target : QDir(folder).filePath(QFileInfo(bundle.file).fileName());
        if (QFileInfo::exists(to) || !QFile::rename(bundle.file, to)) {
            // The export is recorded: keep the file where it was written and say where.
            staging.setAutoRemove(false);
            m_exported << bundle.file;
        } else {
            m_exported << to;
        }
        m_exportedChecks += bundle.checks;
    }
    if (!staging.autoRemove()) {
        m_copyError = core::makeError(
            core::ErrorCode::IoError,
            QCoreApplication::translate("DayCloser", "the bundle was written to %1 but could not be given its name")
                .arg(QDir::toNativeSeparators(staging.path())));
    } else {
        setFolder(folder); // the folder used last
    }
    readDelivery();
    return !m_copyError;
}

void DayCloser::readDelivery() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    m_delivery.reset();
    if (s) {
        if (auto status = guarded([&] { return core::BundleService::deliveryStatus(*s); })) {
            m_delivery = status.value();
        }
    }
    if (closed()) {
        proposeBundleFile(); // the next export's name
    }
    Q_EMIT changed();
}

QString DayCloser::delivery() const {
    if (!m_delivery) {
        return {};
    }
    if (m_delivery->acknowledged) {
        const QString day = m_delivery->day.toString(QStringLiteral("dd/MM/yyyy"));
        return QCoreApplication::translate("DayCloser", "The province has everything up to %1: %2 entries.")
            .arg(day)
            .arg(m_delivery->entries);
    }
    if (m_delivery->exported > 0) {
        return QCoreApplication::translate("DayCloser",
                                           "Bundle no. %1 was written; the province has not sent a receipt yet.")
            .arg(m_delivery->exported);
    }
    return QCoreApplication::translate("DayCloser", "Nothing has been sent to the province yet.");
}

bool DayCloser::backup() {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s || !closed()) {
        return false;
    }
    m_copyError.reset();
    m_copiedTo.clear();
    const QString folder = m_folder.trimmed();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        m_copyError = core::makeError(core::ErrorCode::IoError, QStringLiteral("choose a folder that exists"));
        Q_EMIT changed();
        return false;
    }
    const QString target =
        QDir(folder).filePath(QStringLiteral("doichieu-backup-%1")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    auto done = guarded([&] { return core::BackupService::backup(*s, target); });
    if (!done) {
        m_copyError = done.error();
    } else {
        m_copiedTo = done->folder;
    }
    Q_EMIT changed();
    return done.ok();
}

void DayCloser::componentComplete() {
    readDelivery();
}

void DayCloser::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("DayCloser: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &DayCloser::changed);
}

bool DayCloser::close(bool deferQueue) {
    core::Session* s = m_context ? m_context->session()->session() : nullptr;
    if (!s) {
        return false;
    }
    m_error.reset();
    m_closedSize = -1;
    auto closed = guarded([&] { return core::AuditService::closeDay(*s, deferQueue); });
    if (!closed) {
        m_waiting = 0;
        if (closed.error().code == core::ErrorCode::QueueNotEmpty) {
            // How many wait, counted by the review service (the error's detail is for developers).
            core::ReviewFilter filter;
            filter.limit = 1;
            auto queue = guarded([&] { return core::ReviewService::queue(*s, filter); });
            m_waiting = queue ? std::max(1, queue->pendingTotal) : 1;
        }
        m_error = closed.error();
        Q_EMIT changed();
        return false;
    }
    m_waiting = 0;
    m_deferred = deferQueue;
    m_closedSize = closed->size;
    m_checkpoint = closed->checkpoint;
    m_copyError.reset();
    m_copiedTo.clear();
    proposeBundleFile();
    Q_EMIT changed();
    return true;
}

void DayCloser::cancel() {
    m_waiting = 0;
    m_error.reset();
    m_closedSize = -1;
    Q_EMIT changed();
}

QString DayCloser::message() const {
    if (!m_error) {
        return {};
    }
    if (m_error->code == core::ErrorCode::QueueNotEmpty) {
        return QCoreApplication::translate("DayCloser",
                                           "The day cannot close yet: %n entries still wait for review. Review "
                                           "them, or press Ctrl+Enter to close the day and defer them explicitly "
                                           "(Esc: do not close).",
                                           nullptr, m_waiting);
    }
    return app::errorText(*m_error);
}

QString DayCloser::confirmation() const {
    if (m_closedSize < 0) {
        return {};
    }
    return m_deferred ? QCoreApplication::translate("DayCloser",
                                                    "Day closed, the entries waiting for review deferred. The audit "
                                                    "log is signed up to event %1.")
                            .arg(m_closedSize)
                      : QCoreApplication::translate("DayCloser", "Day closed. The audit log is signed up to event %1.")
                            .arg(m_closedSize);
}

} // namespace dc::gui
