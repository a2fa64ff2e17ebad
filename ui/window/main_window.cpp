#include "window/main_window.hpp"

#include "formats/file_kind.hpp"
#include "parallel/two_threads.hpp"

#include "panels/charts_panel.hpp"
#include "paper/diagram_export.hpp"
#include "diagram/diagram_view.hpp"
#include "panels/event_log_view.hpp"
#include "window/conversation_picker.hpp"
#include "window/export_dialog.hpp"
#include "window/language.hpp"
#include "teaching/lesson_panel.hpp"
#include "panels/live_values_view.hpp"
#include "teaching/narration_view.hpp"
#include "panels/options_panel.hpp"
#include "formats/output_file.hpp"
#include "teaching/predict_panel.hpp"
#include "scenario/scenario_library.hpp"
#include "panels/scenario_picker.hpp"
#include "panels/segment_inspector.hpp"
#include "panels/state_machine_view.hpp"
#include "words/trace_words.hpp"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFontInfo>
#include <QImage>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace tcpviz {
namespace {

constexpr int kMaxRecent = 8;
constexpr double kPresentationTextScale = 1.6;
// The narration under the diagram: large, but not so large that the diagram must shrink
// below it to fit the screen (labels stay at least as tall as the narration).
constexpr double kPresentationNarrationScale = 1.2;

} // namespace

MainWindow::MainWindow(std::unique_ptr<SessionController> session, QWidget* parent)
    : QMainWindow(parent), session_(session ? std::move(session) : std::make_unique<SessionController>())
{
    setWindowTitle(tr("tcpviz — TCP three-way handshake"));
    setAcceptDrops(true);
    diagram_ = new DiagramView(this);
    presentation_narration_ = new NarrationView(this);
    presentation_narration_->setObjectName("presentation_narration");
    presentation_narration_->hide();
    auto* centre = new QWidget(this);
    auto* centre_layout = new QVBoxLayout(centre);
    centre_layout->setContentsMargins(0, 0, 0, 0);
    centre_layout->setSpacing(0);
    centre_layout->addWidget(diagram_, 1);
    centre_layout->addWidget(presentation_narration_);
    setCentralWidget(centre);
    build_docks();
    build_actions();
    build_menus_and_toolbar();

    connect(session_.get(), &SessionController::changed, this, &MainWindow::refresh);
    connect(session_.get(), &SessionController::scenario_changed, this, &MainWindow::scenario_loaded);
    connect(session_.get(), &SessionController::playing_changed, this, [this](bool playing) {
        play_->setChecked(playing);
        play_->setText(playing ? tr("Pause") : tr("Play"));
    });
    connect(diagram_, &DiagramView::segment_selected, this, [this](std::uint32_t segment) {
        const Trace& trace = session_->trace();
        inspector_->show_segment(trace, session_->numbers(), segment);
        if (log_)
            log_->select_segment(segment);
        // The state machine follows the receiver of the selected segment.
        if (trace.segments[segment].to_host != kNoHost)
            state_machine_->set_host(trace.segments[segment].to_host);
    });
    connect(diagram_, &DiagramView::lose_requested, session_.get(), &SessionController::lose_segment);
    connect(diagram_, &DiagramView::quiz_changed, this, [this] {
        if (presenting_)
            show_presentation_narration();
    });

    QSettings settings;
    Notation notation = Notation::Symbolic; // the notation of textbooks, unless chosen otherwise
    parse_notation(settings.value("numbers").toString().toStdString(), notation);
    session_->set_notation(notation);
    const QString theme = settings.value("theme").toString();
    apply_theme(parse_theme(theme));
    if (!restoreGeometry(settings.value("geometry").toByteArray())) {
        const QRect screen = QApplication::primaryScreen() ? QApplication::primaryScreen()->availableGeometry() : QRect();
        resize(screen.isValid() ? screen.size() * 0.9 : QSize(1400, 880));
        // A laptop's or a projector's screen has no room to spare: all of it, at first.
        if (screen.isValid() && (screen.width() <= 1440 || screen.height() <= 900))
            setWindowState(Qt::WindowMaximized);
    }
    // First start: the docks are sized when the window is shown (resizeDocks before
    // then is undone by the first layout).
    first_start_ = !restoreState(settings.value("window_state").toByteArray());
    rebuild_recent_menu();
    scenario_loaded();
    refresh();
    diagram_->setFocus();
}

MainWindow::~MainWindow()
{
    // The docks hide as QWidget's destructor takes them down, after this object's own
    // part is gone: their signals must not reach it then.
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        dock->disconnect(this);
}

QAction* MainWindow::action(const QString& name) const
{
    return findChild<QAction*>(name);
}

void MainWindow::build_docks()
{
    const auto dock = [this](const QString& name, const QString& title, QWidget* widget, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget ? widget : new QWidget(d));
        addDockWidget(area, d);
        return d;
    };
    // The panels of the docks that start behind others are built after the first paint
    // (build_hidden_panels): the window appears sooner.
    inspector_ = new SegmentInspector(this);
    live_ = new LiveValuesView(this);
    QDockWidget* inspector = dock("inspector_dock", tr("Segment"), inspector_, Qt::RightDockWidgetArea);
    QDockWidget* predict = dock("predict_dock", tr("Predict"), nullptr, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspector, predict);
    inspector->raise();
    // The narration runs under the diagram, beside the live values it talks about.
    narration_ = new NarrationView(this);
    QDockWidget* narration = dock("narration_dock", tr("Narration"), narration_, Qt::BottomDockWidgetArea);
    QDockWidget* values = dock("values_dock", tr("Live values"), live_, Qt::BottomDockWidgetArea);
    splitDockWidget(narration, values, Qt::Horizontal);
    QDockWidget* log = dock("log_dock", tr("Event log"), nullptr, Qt::BottomDockWidgetArea);
    tabifyDockWidget(values, log);
    QDockWidget* options = dock("options_dock", tr("Options"), nullptr, Qt::LeftDockWidgetArea);
    state_machine_ = new StateMachineView(this);
    state_machine_scroll_ = new QScrollArea(this);
    state_machine_scroll_->setWidget(state_machine_);
    state_machine_scroll_->setWidgetResizable(true);
    state_machine_scroll_->setFrameShape(QFrame::NoFrame);
    state_machine_scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QDockWidget* machine =
        dock("state_machine_dock", tr("State machine"), state_machine_scroll_, Qt::LeftDockWidgetArea);
    fit_state_machine_width();
    tabifyDockWidget(options, machine);
    QDockWidget* lessons = dock("lessons_dock", tr("Lessons"), nullptr, Qt::LeftDockWidgetArea);
    tabifyDockWidget(machine, lessons);
    machine->raise();
    for (QDockWidget* hidden : {predict, log, options, lessons})
        connect(hidden, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                build_hidden_panels();
        });
    // Qt Charts is slow to build: its panel is made only when its tab is first shown.
    QDockWidget* charts = dock("charts_dock", tr("Charts"), nullptr, Qt::BottomDockWidgetArea);
    connect(charts, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        charts_shown_ = visible;
        if (visible && !charts_) {
            charts_ = new ChartsPanel(this);
            fill_dock("charts_dock", charts_);
        }
        if (visible)
            charts_->show_trace(session_->trace(), session_->numbers(), session_->scenario().options.isn,
                                session_->scenario().options.seed);
    });
    tabifyDockWidget(log, charts);
    values->raise();
}

void MainWindow::build_hidden_panels()
{
    if (log_ || !session_) // built already, or the session moved to a window in another language
        return;
    log_ = new EventLogView(this);
    options_ = new OptionsPanel(this);
    predict_ = new PredictPanel(*session_, this);
    lessons_ = new LessonPanel(*session_, this);
    fill_dock("log_dock", log_);
    fill_dock("options_dock", options_);
    fill_dock("predict_dock", predict_);
    fill_dock("lessons_dock", lessons_);
    connect(log_, &EventLogView::step_requested, session_.get(), &SessionController::go_to_step);
    connect(options_, &OptionsPanel::apply_requested, this, [this](const ScenarioOptions& o) {
        Scenario s = session_->scenario();
        s.options = o;
        try {
            session_->load(s);
        } catch (const ScenarioError& e) {
            QMessageBox::warning(this, tr("Options"), message_text(e.message()));
        }
    });
    options_->show_options(session_->scenario().options);
    log_->show_trace(session_->trace(), session_->numbers());
    log_->select_segment(diagram_->selected_segment());
}

void MainWindow::fill_dock(const char* dock_name, QWidget* panel)
{
    auto* dock = findChild<QDockWidget*>(dock_name);
    QWidget* placeholder = dock->widget();
    dock->setWidget(panel);
    panel->show(); // the dock may be on screen already
    delete placeholder;
}

DiagramTheme MainWindow::current_theme() const
{
    ThemeKind kind = ThemeKind::Light;
    if (theme_)
        kind = *theme_;
    else if (QApplication::palette().color(QPalette::Window).lightness() < 128)
        kind = ThemeKind::Dark;
    return DiagramTheme::make(kind, presenting_ ? kPresentationTextScale : 1.0);
}

void MainWindow::set_notation(Notation notation)
{
    QSettings().setValue("numbers", QString::fromLatin1(notation_id(notation)));
    session_->set_notation(notation);
}

void MainWindow::apply_theme(std::optional<ThemeKind> theme)
{
    theme_ = theme;
    // The widgets around the diagram follow it: a dark palette for the dark themes.
    static const QPalette system_palette = QApplication::palette();
    QPalette palette = system_palette;
    if (theme == ThemeKind::Dark || theme == ThemeKind::HighContrast) {
        const bool hc = theme == ThemeKind::HighContrast;
        const QColor window = hc ? Qt::black : QColor(0x2b, 0x2f, 0x35);
        const QColor base = hc ? Qt::black : QColor(0x1e, 0x22, 0x27);
        const QColor text = hc ? Qt::white : QColor(0xe6, 0xe9, 0xed);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::Highlight, hc ? QColor(Qt::yellow) : QColor(0x3d, 0x7b, 0xd9));
        palette.setColor(QPalette::HighlightedText, hc ? QColor(Qt::black) : QColor(Qt::white));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    }
    QApplication::setPalette(palette);
    if (QAction* a = action(QStringLiteral("theme_%1").arg(theme ? theme_name(*theme) : "system")))
        a->setChecked(true);
    diagram_->set_theme(current_theme());
    state_machine_->set_theme(current_theme());
    fit_state_machine_width();
}

void MainWindow::fit_state_machine_width()
{
    // The scroll area does not pass on its widget's minimum width; the view needs it whole.
    state_machine_scroll_->setMinimumWidth(state_machine_->minimumSizeHint().width() +
                                           state_machine_scroll_->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
}

void MainWindow::scenario_loaded()
{
    const Scenario& s = session_->scenario();
    scenario_picker_->show_scenario(s.name);
    if (options_) {
        options_->show_options(s.options);
        log_->clear();
    }
    inspector_->clear();
    diagram_->select_segment(std::nullopt);
    setWindowTitle(tr("tcpviz — %1").arg(scenario_title(s)) +
                   (s.hypothetical ? tr(" (hypothetical)") : QString()));
    // A capture is shown as it was recorded: nothing can be injected or closed in it.
    for (const char* name : {"save", "close_client", "close_server", "shutdown_client", "abort_client", "lose_any",
                             "lose_syn", "lose_syn-ack", "lose_ack", "lose_data", "lose_fin", "forge_syn",
                             "forge_syn_live", "flood"})
        action(name)->setEnabled(!session_->replaying());
}

void MainWindow::refresh()
{
    const Trace& trace = session_->trace();
    DiagramOptions options;
    const SeqNotation& numbers = session_->numbers();
    options.numbers = numbers.notation();
    if (session_->replaying()) {
        // The endpoints' values are taken in beside the layout: each a pass over the new events.
        run_both(trace.events.size(), [&] { live_->take_in_capture(trace); },
                 [&] { diagram_->show_trace(trace, options, &numbers); });
        live_->show_capture(trace, numbers);
    } else {
        diagram_->show_trace(trace, options, &numbers);
        live_->show_world(session_->simulation(), numbers);
    }
    if (log_)
        log_->show_trace(trace, numbers);
    state_machine_->show_trace(trace);
    narration_->show_step(trace, numbers, session_->current_step());
    if (presenting_)
        show_presentation_narration();
    if (charts_shown_) // charts read the whole trace: only when looked at
        charts_->show_trace(trace, numbers, session_->scenario().options.isn, session_->scenario().options.seed);
    action(QStringLiteral("numbers_%1").arg(QLatin1String(notation_id(numbers.notation()))))->setChecked(true);
    numbers_picker_->setCurrentIndex(numbers_picker_->findData(int(numbers.notation())));
    //: The status bar: step counter and virtual clock.
    clock_->setText(tr("Step %1   t = %2").arg(session_->current_step()).arg(elapsed_text(session_->now())));
    action("back")->setEnabled(session_->current_step() > 0);
    action("step")->setEnabled(!session_->quiescent());
    action("run_to_end")->setEnabled(!session_->quiescent());
}

void MainWindow::choose_builtin(const std::string& name)
{
    if (auto s = builtin_scenario(name))
        session_->load(*s);
}

bool MainWindow::open_file(const QString& path)
{
    // What the file holds, not its name, says how to open it: the scenario reader names
    // what is wrong with a file that is neither a capture nor a lesson.
    const FileKind kind = file_kind(path.toStdString());
    if (kind == FileKind::Lesson) {
        if (!lessons()->open_file(path))
            return false;
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("lessons_dock"))) {
            dock->show();
            dock->raise();
        }
        remember_recent(path);
        return true;
    }
    const bool capture = kind == FileKind::Capture;
    const QString error =
        capture ? session_->load_capture(path,
                                         [this, path](const ConversationList& conversations) {
                                             return pick_conversations(this, path, conversations);
                                         })
                : session_->load_file(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, capture ? tr("Open capture") : tr("Open scenario"), error);
        return false;
    }
    remember_recent(path);
    return true;
}

void MainWindow::remember_recent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value("recent_files").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue("recent_files", recent.mid(0, kMaxRecent));
    rebuild_recent_menu();
}

void MainWindow::rebuild_recent_menu()
{
    recent_menu_->clear();
    const QStringList recent = QSettings().value("recent_files").toStringList();
    for (const QString& path : recent)
        connect(recent_menu_->addAction(QFileInfo(path).fileName()), &QAction::triggered, this,
                [this, path] { open_file(path); });
    recent_menu_->setEnabled(!recent.isEmpty());
}

void MainWindow::export_diagram(bool whole_run, PaperKind kind)
{
    const QString suffix = kind == PaperKind::Handout     ? QStringLiteral(".html")
                           : kind == PaperKind::Worksheet ? QStringLiteral("-worksheet.pdf")
                                                          : QStringLiteral(".png");
    // Into the folder used last, or the user's Pictures folder.
    QString folder = QSettings().value("export_folder").toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    ExportDialog dialog(QDir(folder).filePath(QString::fromStdString(session_->scenario().name) + suffix),
                        current_theme().kind, whole_run, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportChoice choice = dialog.choice();
    choice.worksheet = kind == PaperKind::Worksheet;
    const QString error = export_to(choice);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
}

QString MainWindow::export_to(const ExportChoice& choice)
{
    // The whole run, or the trace as far as it has come.
    std::optional<Simulation> copy;
    if (!session_->replaying())
        copy.emplace(session_->simulation());
    const auto whole = [&] {
        if (copy)
            copy->run_to_end();
    };
    if (choice.whole_run)
        whole();
    DiagramOptions diagram;
    diagram.numbers = session_->numbers().notation();
    ImageOptions image;
    image.theme = choice.theme;
    image.scale = choice.scale;
    image.title = tr("tcpviz: %1").arg(scenario_title(session_->scenario()));
    image.worksheet = choice.worksheet;
    image.legend = choice.legend;
    // A handout of a running lesson follows its stops, over the whole lesson.
    const Lesson* lesson = session_->lesson() ? &*session_->lesson() : nullptr;
    if (lesson && choice.path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
        whole();
    const Trace& trace = copy                   ? copy->trace()
                         : choice.whole_run     ? session_->replay().recorded()
                                                : session_->trace();
    try {
        export_run(choice.path, session_->scenario(), trace, diagram, image, lesson);
    } catch (const ExportError& e) {
        return message_text(e.message());
    }
    const QString folder = QFileInfo(choice.path).absolutePath();
    QSettings().setValue("export_folder", folder);
    //: The status bar after an export, with a link that opens the folder.
    exported_->setText(tr("Exported to %1 — <a href=\"%2\">open the folder</a>")
                           .arg(choice.path.toHtmlEscaped(), QUrl::fromLocalFile(folder).toString()));
    exported_->show();
    QTimer::singleShot(20000, exported_, &QLabel::hide);
    return {};
}

void MainWindow::copy_diagram()
{
    const DiagramLayout* layout = diagram_->layout();
    if (!layout)
        return;
    QApplication::clipboard()->setImage(render_image(*layout, diagram_->theme(), 1.5));
    statusBar()->showMessage(tr("Diagram copied to the clipboard"), 3000);
}

void MainWindow::flood_dialog()
{
    bool ok = false;
    const int count = QInputDialog::getInt(this, tr("SYN flood"), tr("Forged SYNs to send:"), 50, 1, 1'000'000, 10, &ok);
    if (!ok)
        return;
    const double rate = QInputDialog::getDouble(this, tr("SYN flood"), tr("SYNs per second:"), 100, 1, 1'000'000, 0, &ok);
    if (ok)
        session_->flood(static_cast<std::uint32_t>(count), rate);
}

void MainWindow::show_presentation_narration()
{
    // While the class quiz keeps a step back, its narration would give the answer away.
    if (diagram_->quiz_hiding())
        presentation_narration_->show_prompt(
            tr("Step %1: what was sent, with which Seq and Ack, and which state follows? Call out your "
               "prediction, then reveal it (Enter).")
                .arg(session_->current_step()));
    else
        presentation_narration_->show_step(session_->trace(), session_->numbers(), session_->current_step());
}

void MainWindow::set_presentation(bool on)
{
    if (on == presenting_)
        return;
    presenting_ = on;
    if (on) {
        state_before_presentation_ = saveState();
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->hide();
        for (QToolBar* bar : findChildren<QToolBar*>())
            bar->hide();
        menuBar()->hide();
        showFullScreen();
        // Larger than the window's type, and larger on a larger screen: type a 60th of the
        // screen's height (18 px at 1080; at 768 the window's type, enlarged, is larger).
        QFont large = presentation_narration_->font();
        const double app_pixels = QFontInfo(QApplication::font()).pixelSize();
        const double screen = this->screen() ? this->screen()->geometry().height() : height();
        large.setPixelSize(int(std::lround(std::max(app_pixels * kPresentationNarrationScale, screen / 60))));
        presentation_narration_->setFont(large);
        show_presentation_narration();
        presentation_narration_->fit_height(height() * 2 / 5);
    } else {
        restoreState(state_before_presentation_);
        menuBar()->show();
        showNormal();
    }
    presentation_narration_->setVisible(on);
    diagram_->set_theme(current_theme());
    if (on)
        diagram_->set_presentation_view(DiagramView::PresentationView::WholeExchange);
    diagram_->set_centre_newest(on);
}

MainWindow* MainWindow::switch_language(const QString& language)
{
    QSettings().setValue("language", language);
    const QString wanted = language.isEmpty() ? system_language() : language;
    if (wanted == current_language() || !set_language(wanted))
        return nullptr;
    // Every text was made with tr() when the window was built: build it again
    // around the same session, in the same place, and close this one.
    const bool predicting = predict_ && predict_->active();
    if (predict_)
        predict_->set_active(false);
    session_->disconnect(this);
    for (QObject* child : findChildren<QObject*>())
        session_->disconnect(child);
    auto* next = new MainWindow(std::move(session_));
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->restoreGeometry(saveGeometry());
    next->restoreState(presenting_ ? state_before_presentation_ : saveState());
    next->first_start_ = false; // this window's layout, not a first one
    next->apply_theme(theme_);
    next->refresh();
    next->show();
    next->set_presentation(presenting_);
    if (predicting)
        next->action("predict")->trigger();
    if (predict_)
        next->predict()->carry_score_from(*predict_);
    close();
    return next;
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && presenting_) {
        // The highlighter's marks go first; then presentation mode.
        if (diagram_->has_marks())
            diagram_->clear_marks();
        else
            set_presentation(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!first_start_)
        return;
    first_start_ = false;
    // The diagram gets most of the room, even on a 1366 x 768 laptop.
    resizeDocks({findChild<QDockWidget*>("state_machine_dock"), findChild<QDockWidget*>("inspector_dock")},
                {width() / 5, width() / 5}, Qt::Horizontal);
    const QList<QDockWidget*> bottom{findChild<QDockWidget*>("narration_dock"), findChild<QDockWidget*>("values_dock")};
    resizeDocks(bottom, {height() / 4, height() / 4}, Qt::Vertical);
    resizeDocks(bottom, {width() * 2 / 5, width() * 3 / 5}, Qt::Horizontal);
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    // The window is on screen: the panels behind other tabs can come now.
    if (!log_)
        QTimer::singleShot(0, this, &MainWindow::build_hidden_panels);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue("geometry", saveGeometry());
    settings.setValue("window_state", presenting_ ? state_before_presentation_ : saveState());
    settings.setValue("theme", theme_ ? QString::fromLatin1(theme_name(*theme_)) : QString());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        open_file(urls.first().toLocalFile());
}

} // namespace tcpviz
