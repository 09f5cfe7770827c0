// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/TrainingScore.h"

#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "app/gui/TrainingText.h"
#include "core/services/TrainingService.h"

namespace dc::gui {

TrainingScore::TrainingScore(QObject* parent) : QObject(parent), m_mistakes(new TrainingMistakeModel(this)) {}

TrainingScore::~TrainingScore() = default;

void TrainingScore::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("TrainingScore: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, &TrainingScore::reload); // labels and explanations
}

void TrainingScore::componentComplete() {
    m_complete = true;
    reload();
}

void TrainingScore::setBook(ChosenBook* book) {
    if (book == m_book) {
        return;
    }
    m_book = book;
    Q_EMIT bookChanged();
    if (m_complete) {
        reload();
    }
}

bool TrainingScore::vietnamese() const {
    return m_context ? m_context->language()->vietnamese() : true;
}

QString TrainingScore::secondsPerEntry() const {
    return m_score ? trainingtext::decimal(m_score->secondsPerEntry, m_vietnamese) : QString();
}

QString TrainingScore::keysPerEntry() const {
    if (!m_score) {
        return {};
    }
    return m_score->keysPerEntry > 0 ? trainingtext::decimal(m_score->keysPerEntry, m_vietnamese) : QStringLiteral("—");
}

QString TrainingScore::rule() const {
    return core::training::readinessRule(m_vietnamese);
}

QString TrainingScore::reasons() const {
    QStringList words;
    if (m_score) {
        for (const QString& key : core::training::readinessReasons(*m_score)) {
            words.append(trainingtext::reasonText(key));
        }
    }
    return words.join(QStringLiteral("; "));
}

QString TrainingScore::message() const {
    return m_error ? app::errorText(*m_error) : QString();
}

void TrainingScore::reload() {
    m_error.reset();
    core::Session* session = m_context ? m_context->session()->session() : nullptr;
    if (!session || !m_book) {
        m_score.reset();
        m_mistakes->clear();
        Q_EMIT loaded();
        return;
    }
    const core::Book& book = m_book->book();
    auto score = guarded([&] { return core::TrainingService::score(*session, book.id); });
    if (!score) {
        m_score.reset();
        m_mistakes->clear();
        m_error = score.error();
        Q_EMIT loaded();
        return;
    }
    show(book.recordType, score.value(), vietnamese());
}

void TrainingScore::show(core::domain::RecordType type, const core::training::Score& score, bool vietnamese) {
    m_vietnamese = vietnamese;
    m_score = score;
    m_error.reset();
    m_mistakes->setMistakes(type, score.mistakes, vietnamese);
    Q_EMIT loaded();
}

} // namespace dc::gui
