#pragma once
// The Lessons panel: the built-in lessons (and any lesson file a teacher opens), each
// answering one question with a scenario; starting one loads it, and play pauses at
// its stops while the panel shows the text for each.
#include "teaching/lesson.hpp"
#include "teaching/seq_notation.hpp"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace tcpviz {

class SessionController;

// The lessons compiled into tcpviz (resources/lessons), in order.
const std::vector<Lesson>& builtin_lessons();
// A lesson's text in the interface language (built-in lessons are translated).
QString lesson_text(const std::string& text);
// A stop's text with its {seq} and {ack} filled in: the numbers of the first segment the
// stop's step sent, in the notation every other view uses.
QString lesson_stop_text(const std::string& text, const Trace& trace, const SeqNotation& numbers, std::uint32_t step);

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    LessonPanel(SessionController& session, QWidget* parent = nullptr);
    // Starts a lesson; on failure shows one sentence and keeps the session.
    bool start(const Lesson& lesson);
    bool open_file(const QString& path);
    QString shown_text() const; // what the panel says now (for tests)

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    int running_row() const; // the built-in lesson that runs, or -1

    SessionController& session_;
    QListWidget* list_;
    QTextBrowser* text_;
    QLabel* progress_;
    QPushButton* start_;
    QPushButton* continue_;
    QString shown_text_;    // the title and text the panel says now
    QString laid_out_text_; // what the text view holds
};

} // namespace tcpviz
