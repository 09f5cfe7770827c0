// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/TrainingBoardModel.h"
#include "core/Error.h"
#include "core/training/Training.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace dc::gui {

class AppContext;

// The trainer's board (issue 18 part 3 and 4), for the training site's supervisor: every pair of this site
// (TrainingService::pairs, with its results: TrainingService::results — a pair that has logged nothing yet included)
// and the pairs of the results files imported from other machines (`training results --output F.json`, read with
// core::training::resultsFromJson: strict and bounded), one row each with its score and whether it needs another round
// (core::training::trainerBoard). A file is read whole only when it is small enough; one refused is named with the
// reason and changes nothing; a result imported twice counts once.
class TrainerBoard : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(dc::gui::TrainingBoardModel* rows READ rows CONSTANT)
    Q_PROPERTY(int pairs READ pairs NOTIFY loaded)
    Q_PROPERTY(int needingAnotherRound READ needingAnotherRound NOTIFY loaded)
    // What became of each file of the last import: maps of file (its name), ok (bool), text (imported: how many
    // results; refused: why), in the interface language.
    Q_PROPERTY(QVariantList imports READ imports NOTIFY importsChanged)
    // Why this site's results could not be read; empty otherwise.
    Q_PROPERTY(QString message READ message NOTIFY loaded)

public:
    explicit TrainerBoard(QObject* parent = nullptr);
    ~TrainerBoard() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] TrainingBoardModel* rows() const { return m_rows; }
    [[nodiscard]] int pairs() const { return m_rows->count(); }
    [[nodiscard]] int needingAnotherRound() const { return m_rows->needingAnotherRound(); }
    [[nodiscard]] QVariantList imports() const { return m_imports; }
    [[nodiscard]] QString message() const;

    // Reads this site's results again and builds the board with the files imported so far.
    Q_INVOKABLE void reload();
    // Imports results files (the file dialog's choice).
    Q_INVOKABLE void importFiles(const QList<QUrl>& files);
    // The same for paths (tests, and the dialog's URLs once local).
    void importPaths(const QStringList& paths);

Q_SIGNALS:
    void loaded();
    void importsChanged();

private:
    void rebuild();
    [[nodiscard]] bool vietnamese() const;

    AppContext* m_context = nullptr;
    TrainingBoardModel* m_rows = nullptr;
    std::vector<core::training::TraineeResult> m_local;
    std::vector<core::training::TraineePair> m_pairs; // this site's, each with a row whether it logged or not
    std::vector<core::training::TraineeResult> m_imported;
    std::vector<core::training::TraineePair> m_importedPairs; // the pairs the imported files name
    QVariantList m_imports;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
