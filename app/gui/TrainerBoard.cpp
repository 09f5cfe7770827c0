// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainerBoard.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/platform/Files.h"
#include "core/services/TrainingService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QVariantMap>

namespace dc::gui {

TrainerBoard::TrainerBoard(QObject* parent) : QObject(parent), m_rows(new TrainingBoardModel(this)) {}

TrainerBoard::~TrainerBoard() = default;

void TrainerBoard::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("TrainerBoard: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &TrainerBoard::rebuild);
}

void TrainerBoard::componentComplete() {
    reload();
}

bool TrainerBoard::vietnamese() const {
    return m_context ? m_context->language()->vietnamese() : true;
}

QString TrainerBoard::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void TrainerBoard::reload() {
    m_local.clear();
    m_pairs.clear();
    m_error.reset();
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (session) {
        auto results = guarded([&] { return core::TrainingService::results(*session); });
        auto pairs = guarded([&] { return core::TrainingService::pairs(*session); });
        if (results && pairs) {
            m_local = std::move(results).value();
            m_pairs = std::move(pairs).value();
        } else {
            m_error = results ? pairs.error() : results.error();
        }
    }
    rebuild();
}

void TrainerBoard::importFiles(const QList<QUrl>& files) {
    QStringList paths;
    for (const QUrl& url : files) {
        paths.append(url.isLocalFile() ? url.toLocalFile() : url.toString());
    }
    importPaths(paths);
}

void TrainerBoard::importPaths(const QStringList& paths) {
    m_imports.clear();
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        auto refuse = [&](const QString& why) {
            m_imports.append(QVariantMap{
                {QStringLiteral("file"), name}, {QStringLiteral("ok"), false}, {QStringLiteral("text"), why}});
        };
        // A regular file only (a FIFO chosen by mistake would block the window for ever), read bounded.
        const core::platform::ReadResult file =
            core::platform::readSmallFile(path, core::training::kMaxTrainingFileBytes);
        if (file.failure == core::platform::ReadFailure::TooLarge) {
            refuse(QCoreApplication::translate("TrainerBoard", "Too large to be a results file."));
            continue;
        }
        if (file.failure) {
            refuse(QCoreApplication::translate("TrainerBoard", "Cannot be read."));
            continue;
        }
        auto read = core::training::resultsFileFromJson(file.contents);
        if (!read) {
            refuse(QCoreApplication::translate("TrainerBoard", "Not a results file: %1")
                       .arg(app::errorText(read.error())));
            continue;
        }
        // A file imported twice, or this site's own results imported beside it, counts once: trainerBoard says so. The
        // pairs the file names get their rows, one that has logged nothing on its machine too.
        const auto& results = read->results;
        m_imported.insert(m_imported.end(), results.begin(), results.end());
        m_importedPairs.insert(m_importedPairs.end(), read->pairs.begin(), read->pairs.end());
        const int count = static_cast<int>(results.size());
        const QString imported = QCoreApplication::translate("TrainerBoard", "%n result(s) imported.", nullptr, count);
        m_imports.append(QVariantMap{
            {QStringLiteral("file"), name}, {QStringLiteral("ok"), true}, {QStringLiteral("text"), imported}});
    }
    Q_EMIT importsChanged();
    rebuild();
}

void TrainerBoard::rebuild() {
    std::vector<core::training::TraineeResult> all = m_local;
    all.insert(all.end(), m_imported.begin(), m_imported.end());
    // Every pair of this site, and every pair an imported file names, has its row, one that has logged nothing yet too
    // (trainerBoard says how).
    std::vector<core::training::TraineePair> pairs = m_pairs;
    pairs.insert(pairs.end(), m_importedPairs.begin(), m_importedPairs.end());
    m_rows->setRows(core::training::trainerBoard(all, pairs), vietnamese());
    Q_EMIT loaded();
}

} // namespace dc::gui
