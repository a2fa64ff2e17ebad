#include "teaching/lesson_panel.hpp"

#include "window/language.hpp"
#include "window/session_controller.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tcpviz {

const std::vector<Lesson>& builtin_lessons()
{
    static const std::vector<Lesson> lessons = [] {
        std::vector<Lesson> out;
        const QDir dir(QStringLiteral(":/lessons"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly)) // the test of the built-in lessons reads each one
                out.push_back(lesson_from_json_text(file.readAll().toStdString()));
        }
        return out;
    }();
    return lessons;
}

QString lesson_text(const std::string& text)
{
    // The built-in lessons' texts are in the translation files under "Lesson"
    // (translations/CMakeLists.txt lists them for lupdate); a teacher's own lesson
    // is shown as written.
    return QCoreApplication::translate("Lesson", text.c_str());
}

LessonPanel::LessonPanel(SessionController& session, QWidget* parent) : QWidget(parent), session_(session)
{
    list_ = new QListWidget(this);
    list_->setWordWrap(true);
    list_->setSpacing(3);
    text_ = new QTextBrowser(this);
    text_->setFrameShape(QFrame::NoFrame);
    progress_ = new QLabel(this);
    progress_->setWordWrap(true);
    start_ = new QPushButton(tr("Start lesson"), this);
    start_->setToolTip(tr("Load the lesson's scenario from its beginning"));
    continue_ = new QPushButton(tr("Continue"), this);
    continue_->setToolTip(tr("Play on to the next moment that matters"));
    auto* open = new QPushButton(tr("Open lesson file…"), this);
    open->setToolTip(tr("A lesson written by a teacher: a scenario file with a \"lesson\" part"));

    // A teacher's own lesson comes in under the list of built-in ones; the two rows of
    // buttons keep the panel narrow enough for a small screen's dock.
    auto* choose = new QHBoxLayout;
    choose->addStretch();
    choose->addWidget(open);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(continue_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_, 2);
    layout->addLayout(choose);
    layout->addWidget(progress_);
    layout->addWidget(text_, 3);
    layout->addLayout(buttons);

    connect(list_, &QListWidget::currentRowChanged, this, &LessonPanel::refresh);
    connect(list_, &QListWidget::itemActivated, this, [this] { start_->click(); });
    connect(start_, &QPushButton::clicked, this, [this] {
        const int row = list_->currentRow();
        if (row >= 0 && std::size_t(row) < builtin_lessons().size())
            start(builtin_lessons()[std::size_t(row)]);
    });
    connect(continue_, &QPushButton::clicked, &session_, &SessionController::continue_lesson);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open lesson"), {}, tr("Lesson files (*.json)"));
        if (!path.isEmpty())
            open_file(path);
    });
    connect(&session_, &SessionController::changed, this, &LessonPanel::refresh);
    connect(&session_, &SessionController::lesson_changed, this, [this] {
        // The list marks the lesson that runs: none for one opened from a file.
        if (list_->count() > 0 && session_.lesson())
            list_->setCurrentRow(running_row());
        refresh();
    });
    refresh();
}

int LessonPanel::running_row() const
{
    const auto& lesson = session_.lesson();
    const std::vector<Lesson>& lessons = builtin_lessons();
    for (std::size_t i = 0; lesson && i < lessons.size(); ++i)
        if (lessons[i].title == lesson->title && lessons[i].introduction == lesson->introduction)
            return int(i);
    return -1;
}

bool LessonPanel::start(const Lesson& lesson)
{
    try {
        session_.start_lesson(lesson);
    } catch (const ScenarioError& e) {
        QMessageBox::warning(this, tr("Lesson"), message_text(e.message()));
        return false;
    }
    return true;
}

bool LessonPanel::open_file(const QString& path)
{
    try {
        return start(load_lesson_file(path.toStdString()));
    } catch (const ScenarioError& e) {
        QMessageBox::warning(this, tr("Open lesson"), message_text(e.message()));
        return false;
    }
}

QString LessonPanel::shown_text() const
{
    return shown_text_;
}

void LessonPanel::showEvent(QShowEvent* event)
{
    // The lessons are read when the panel is first looked at, not at start-up.
    if (list_->count() == 0) {
        for (const Lesson& l : builtin_lessons())
            list_->addItem(lesson_text(l.title));
        list_->setCurrentRow(session_.lesson() ? running_row() : 0);
    }
    QWidget::showEvent(event);
    refresh();
}

QString lesson_stop_text(const std::string& stop_text, const Trace& trace, const SeqNotation& numbers,
                         std::uint32_t step)
{
    QString text = lesson_text(stop_text);
    const auto [first, last] = trace.events_of_step(step);
    for (std::size_t i = first; i < last; ++i)
        if (trace.events[i].kind == EventKind::SegmentSent) {
            text.replace(QLatin1String("{seq}"), QString::fromStdString(numbers.seq(trace.events[i].ref)));
            text.replace(QLatin1String("{ack}"), QString::fromStdString(numbers.ack(trace.events[i].ref)));
            break;
        }
    return text;
}

void LessonPanel::refresh()
{
    const auto& lesson = session_.lesson();
    const bool running = lesson.has_value();
    continue_->setEnabled(running && !session_.quiescent() && !session_.lesson_over());
    QString title, body;
    if (running) {
        const int reached = session_.lesson_stop_reached();
        const int total = int(lesson->stops.size());
        title = lesson_text(lesson->title);
        body = reached < 0 ? lesson_text(lesson->introduction)
                           : lesson_stop_text(lesson->stops[std::size_t(reached)].text, session_.trace(),
                                              session_.numbers(), session_.lesson_stops()[std::size_t(reached)]);
        progress_->setText(reached < 0 ? tr("Introduction: press Continue to play to the first stop.")
                           : reached + 1 == total
                               ? tr("Stop %1 of %2: the end of the lesson.").arg(reached + 1).arg(total)
                               : tr("Stop %1 of %2").arg(reached + 1).arg(total));
    } else {
        const int row = list_->currentRow();
        if (row >= 0 && std::size_t(row) < builtin_lessons().size()) {
            const Lesson& l = builtin_lessons()[std::size_t(row)];
            title = lesson_text(l.title);
            body = lesson_text(l.introduction);
        }
        progress_->setText(tr("Choose a lesson, then press Start lesson."));
    }
    shown_text_ = title + QLatin1Char('\n') + body;
    // Laying out rich text costs: a hidden panel does it when it is shown.
    if (isVisible() && shown_text_ != laid_out_text_) {
        laid_out_text_ = shown_text_;
        text_->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(title.toHtmlEscaped(), body.toHtmlEscaped()));
    }
}

} // namespace tcpviz
