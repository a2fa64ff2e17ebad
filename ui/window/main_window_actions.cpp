// The window's actions (each with its shortcut and tooltip), its menus and its toolbar.
#include "window/main_window.hpp"

#include "diagram/diagram_view.hpp"
#include "window/help_dialogs.hpp"
#include "window/language.hpp"
#include "teaching/predict_panel.hpp"
#include "scenario/scenario_library.hpp"
#include "panels/scenario_picker.hpp"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace tcpviz {
namespace {

// Every action has a shortcut, named in its tooltip, that works with its menu closed
// and in presentation mode.
void give_shortcut(QWidget* window, QAction* a, const QKeySequence& key, const QString& tip)
{
    a->setShortcut(key);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    window->addAction(a);
}

QString notation_name(Notation n)
{
    switch (n) {
    case Notation::Symbolic: return MainWindow::tr("Symbolic: x, y+1");
    case Notation::Relative: return MainWindow::tr("Relative: 0, 1");
    case Notation::Absolute: return MainWindow::tr("Absolute: as on the wire");
    }
    return {};
}

QString notation_tip(Notation n)
{
    switch (n) {
    case Notation::Symbolic:
        return MainWindow::tr("Write Seq and Ack as textbooks do: the client's ISN is x, the server's y");
    case Notation::Relative: return MainWindow::tr("Count Seq and Ack from each side's ISN, as Wireshark does");
    case Notation::Absolute: return MainWindow::tr("Write Seq and Ack as the segments carry them");
    }
    return {};
}

} // namespace

void MainWindow::build_actions()
{
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& key, const QString& tip,
                             auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        give_shortcut(this, a, key, tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // A presenter's clicker sends Page Down / Page Up; the arrow keys do the same.
    make("step", tr("Step"), QKeySequence(Qt::Key_Space), tr("Process the next event"), [this] {
        // In a class quiz the clicker's one button reveals first, then steps on.
        if (diagram_->quiz_hiding())
            diagram_->reveal();
        else
            session_->step();
    })->setShortcuts({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Right)});
    make("back", tr("Back"), QKeySequence(Qt::Key_Backspace), tr("Undo the last event exactly"), [this] {
        session_->back();
    })->setShortcuts({QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Left)});
    play_ = make("play", tr("Play"), QKeySequence(Qt::Key_P), tr("Step automatically at the chosen speed"),
                 [this] { session_->playing() ? session_->pause() : session_->play(); });
    play_->setCheckable(true);
    make("run_to_end", tr("Run to end"), QKeySequence(Qt::Key_End), tr("Process every remaining event"),
         [this] { session_->run_to_end(); });
    make("reset", tr("Reset"), QKeySequence(Qt::Key_Home), tr("Back to the start of the scenario"),
         [this] { session_->reset(); });
    make("open", tr("Open scenario…"), QKeySequence::Open, tr("Load a scenario file (JSON)"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), {}, tr("Scenario files (*.json)"));
        if (!path.isEmpty())
            open_file(path);
    });
    make("open_capture", tr("Open capture…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         tr("Step through a pcap or pcapng capture, with each endpoint's state inferred"), [this] {
             const QString path = QFileDialog::getOpenFileName(this, tr("Open capture"), {},
                                                               tr("Captures (*.pcap *.pcapng *.cap);;All files (*)"));
             if (!path.isEmpty())
                 open_file(path);
         });
    make("save", tr("Save scenario as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
         tr("Save the scenario with its options as JSON"), [this] {
             const QString path =
                 QFileDialog::getSaveFileName(this, tr("Save scenario"), {}, tr("Scenario files (*.json)"));
             if (path.isEmpty())
                 return;
             const QString error = session_->save_file(path);
             if (!error.isEmpty())
                 QMessageBox::warning(this, tr("Save scenario"), error);
             else
                 remember_recent(path);
         });
    make("export", tr("Export diagram…"), QKeySequence(Qt::CTRL | Qt::Key_E),
         tr("Save the diagram as it stands now (PNG, SVG, PDF, Mermaid, "
            "PlantUML, text, pcap, JSON)"),
         [this] { export_diagram(false); });
    make("export_whole", tr("Export whole run…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         tr("Save the diagram of the run to its end"), [this] { export_diagram(true); });
    make("export_handout", tr("Export handout…"), QKeySequence(Qt::CTRL | Qt::Key_H),
         tr("One web page with the diagram and the narration of every step (of a lesson: of its stops)"),
         [this] { export_diagram(true, PaperKind::Handout); });
    make("export_worksheet", tr("Export worksheet…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
         tr("The diagram with every flag, number and state left blank to fill in, and the answers"),
         [this] { export_diagram(true, PaperKind::Worksheet); });
    make("copy", tr("Copy diagram"), QKeySequence::Copy, tr("Copy the diagram to the clipboard as an image"),
         [this] { copy_diagram(); });
    make("quit", tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Close tcpviz"), [this] { close(); });
    const std::pair<SegmentKind, QString> kinds[] = {{SegmentKind::Any, tr("any segment")},
                                                     {SegmentKind::Syn, QStringLiteral("SYN")},
                                                     {SegmentKind::SynAck, QStringLiteral("SYN-ACK")},
                                                     {SegmentKind::Ack, QStringLiteral("ACK")},
                                                     {SegmentKind::Data, tr("data")},
                                                     {SegmentKind::Fin, QStringLiteral("FIN")}};
    int key = Qt::Key_1;
    for (const auto& [kind, name] : kinds) {
        make(QStringLiteral("lose_%1").arg(segment_kind_name(kind)), tr("Lose next %1").arg(name),
             QKeySequence(Qt::CTRL | Qt::Key(key++)), tr("The next %1 sent is lost in the network").arg(name),
             [this, k = kind] { session_->arm_loss(k); });
    }
    make("close_client", tr("Client closes"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
         tr("The client's application calls close() now: FIN, or RST if it left data unread"),
         [this] { session_->close_application(HostRole::Client, CloseHow::Close); });
    make("close_server", tr("Server closes"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
         tr("The server's application calls close() now: FIN, or RST if it left data unread"),
         [this] { session_->close_application(HostRole::Server, CloseHow::Close); });
    make("shutdown_client", tr("Client shuts down its sending side"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H),
         tr("The client's application calls shutdown(SHUT_WR): FIN, and it still reads (a half-close)"),
         [this] { session_->close_application(HostRole::Client, CloseHow::Shutdown); });
    make("abort_client", tr("Client aborts (RST)"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A),
         tr("The client's application sets SO_LINGER to 0 and closes: RST, no FIN, no TIME-WAIT"),
         [this] { session_->close_application(HostRole::Client, CloseHow::Abort); });
    make("forge_syn", tr("Forged SYN (unreachable source)"), QKeySequence(Qt::CTRL | Qt::Key_F),
         tr("The attacker sends one SYN from an address where nobody answers"), [this] { session_->forge_syn(false); });
    make("forge_syn_live", tr("Forged SYN (live host answers RST)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         tr("The attacker sends one SYN with the address of a live host, which "
            "resets the SYN-ACK"),
         [this] { session_->forge_syn(true); });
    make("flood", tr("SYN flood…"), QKeySequence(Qt::CTRL | Qt::Key_L), tr("Many forged SYNs at a chosen rate"),
         [this] { flood_dialog(); });
    make("zoom_in", tr("Zoom in"), QKeySequence::ZoomIn, tr("Larger diagram"),
         [this] { diagram_->set_zoom(diagram_->zoom() * 1.25); });
    make("zoom_out", tr("Zoom out"), QKeySequence::ZoomOut, tr("Smaller diagram"),
         [this] { diagram_->set_zoom(diagram_->zoom() / 1.25); });
    make("zoom_reset", tr("Actual size"), QKeySequence(Qt::CTRL | Qt::Key_0), tr("Diagram at 100 %"),
         [this] { diagram_->set_zoom(1.0); });
    auto* notations = new QActionGroup(this);
    int notation_key = Qt::Key_1;
    for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute}) {
        QAction* a = make(QStringLiteral("numbers_%1").arg(QLatin1String(notation_id(n))), notation_name(n),
                          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(notation_key++)), notation_tip(n),
                          [this, n] { set_notation(n); });
        a->setCheckable(true);
        notations->addAction(a);
    }
    make("numbers_next", tr("Next notation for numbers"), QKeySequence(Qt::CTRL | Qt::Key_R),
         tr("Write Seq and Ack symbolically (x, y+1), relative to each ISN, or as on the wire"),
         [this] { set_notation(Notation((int(session_->numbers().notation()) + 1) % 3)); });
    make("predict", tr("Predict, then reveal"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         tr("Before each segment is shown, predict its flags, Seq, Ack and its receiver's next state"),
         [this] {
             const bool on = action("predict")->isChecked();
             predict()->set_active(on);
             if (on) {
                 findChild<QDockWidget*>("predict_dock")->show();
                 findChild<QDockWidget*>("predict_dock")->raise();
             }
         })
        ->setCheckable(true);
    make("presentation_view", tr("Whole exchange or follow"), QKeySequence(Qt::Key_V),
         tr("In presentation mode: fit the whole exchange so far to the screen, or follow the current segment "
            "and the three before it"),
         [this] {
             diagram_->set_presentation_view(diagram_->presentation_view() == DiagramView::PresentationView::Follow
                                                 ? DiagramView::PresentationView::WholeExchange
                                                 : DiagramView::PresentationView::Follow);
         });
    make("quiz", tr("Class quiz"), QKeySequence(Qt::Key_Q),
         tr("Draw what each step sends or changes with \"?\" until it is revealed, so that the room can call out "
            "its prediction"),
         [this] { diagram_->set_quiz(action("quiz")->isChecked()); })
        ->setCheckable(true);
    make("reveal", tr("Reveal"), QKeySequence(Qt::Key_Return), tr("Show what the class quiz keeps back"), [this] {
        diagram_->reveal();
    })->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Period)});
    make("shortcuts", tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), tr("Every key the window answers to"),
         [this] { show_shortcuts(this, actions()); })
        ->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    make("line_legend", tr("Legend of the diagram"), QKeySequence(Qt::CTRL | Qt::Key_F1),
         tr("What the line styles and marks of the diagram mean"), [this] { show_line_legend(this, current_theme()); });
    make("about", tr("About tcpviz"), QKeySequence(Qt::SHIFT | Qt::Key_F1), tr("The version of tcpviz"),
         [this] { show_about(this); });
    make("lessons", tr("Lessons"), QKeySequence(Qt::CTRL | Qt::Key_J),
         tr("Show the lessons: questions answered step by step"), [this] {
             QDockWidget* dock = findChild<QDockWidget*>("lessons_dock");
             if (dock) {
                 dock->show();
                 dock->raise();
             }
         });
    make("presentation", tr("Presentation mode"), QKeySequence(Qt::Key_F5),
         tr("Full screen, large type, clicker keys: Page Down steps, Page Up "
            "goes back"),
         [this] { set_presentation(!presenting_); });
}

void MainWindow::build_menus_and_toolbar()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(action("open"));
    file->addAction(action("open_capture"));
    recent_menu_ = file->addMenu(tr("Open recent"));
    recent_menu_->setObjectName("recent_menu");
    file->addAction(action("save"));
    file->addSeparator();
    file->addAction(action("export"));
    file->addAction(action("export_whole"));
    file->addAction(action("export_handout"));
    file->addAction(action("export_worksheet"));
    file->addAction(action("copy"));
    file->addSeparator();
    file->addAction(action("quit"));
    QMenu* sim = menuBar()->addMenu(tr("&Simulation"));
    for (const char* name : {"step", "back", "play", "run_to_end", "reset"})
        sim->addAction(action(name));
    sim->addSeparator();
    for (const char* name : {"close_client", "close_server", "shutdown_client", "abort_client"})
        sim->addAction(action(name));
    sim->addSeparator();
    sim->addAction(action("predict"));
    QMenu* faults = menuBar()->addMenu(tr("&Faults"));
    for (const char* name : {"lose_any", "lose_syn", "lose_syn-ack", "lose_ack", "lose_data", "lose_fin"})
        faults->addAction(action(name));
    faults->addSeparator();
    for (const char* name : {"forge_syn", "forge_syn_live", "flood"})
        faults->addAction(action(name));
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* themes = view->addMenu(tr("Theme"));
    auto* group = new QActionGroup(this);
    const std::tuple<QString, std::optional<ThemeKind>, Qt::Key> choices[] = {
        {tr("Follow the system"), std::nullopt, Qt::Key_T},
        {tr("Light"), ThemeKind::Light, Qt::Key_L},
        {tr("Dark"), ThemeKind::Dark, Qt::Key_D},
        {tr("High contrast"), ThemeKind::HighContrast, Qt::Key_H}};
    for (const auto& [name, kind, key] : choices) {
        QAction* a = themes->addAction(name);
        give_shortcut(this, a, QKeySequence(Qt::CTRL | Qt::SHIFT | key),
                      tr("Colours of the diagram and the window: %1").arg(name));
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("theme_%1").arg(kind ? theme_name(*kind) : "system"));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, k = kind] { apply_theme(k); });
    }
    QMenu* languages = view->addMenu(tr("Language"));
    auto* language_group = new QActionGroup(this);
    const QString chosen = QSettings().value("language").toString();
    const std::pair<QString, Qt::Key> language_keys[] = {
        {QString(), Qt::Key_S}, {"en", Qt::Key_E}, {"zh_CN", Qt::Key_Z}};
    for (const auto& [code, key] : language_keys) {
        QAction* a = languages->addAction(code.isEmpty() ? tr("Follow the system") : language_name(code));
        a->setObjectName(QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        give_shortcut(this, a, QKeySequence(Qt::ALT | Qt::SHIFT | key),
                      tr("Language of the window, the narration and the exports"));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        language_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, c = code] { switch_language(c); });
    }
    QMenu* numbers = view->addMenu(tr("Numbers"));
    for (const char* name : {"numbers_symbolic", "numbers_relative", "numbers_absolute", "numbers_next"})
        numbers->addAction(action(name));
    for (const char* name :
         {"zoom_in", "zoom_out", "zoom_reset", "presentation", "presentation_view", "quiz", "reveal"})
        view->addAction(action(name));
    QMenu* panels = view->addMenu(tr("Panels"));
    int panel_key = Qt::Key_1;
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        QAction* toggle = dock->toggleViewAction();
        give_shortcut(this, toggle, QKeySequence(Qt::ALT | Qt::Key(panel_key++)),
                      tr("Show or hide the %1 panel").arg(dock->windowTitle()));
        panels->addAction(toggle);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    for (const char* name : {"shortcuts", "line_legend", "about"})
        help->addAction(action(name));

    QToolBar* bar = addToolBar(tr("Simulation"));
    bar->setObjectName("simulation_toolbar");
    scenario_picker_ = new ScenarioPicker(bar);
    connect(scenario_picker_, &ScenarioPicker::chosen, this, &MainWindow::choose_builtin);
    bar->addWidget(scenario_picker_);
    bar->addSeparator();
    for (const char* name : {"reset", "back", "step", "play", "run_to_end"})
        bar->addAction(action(name));
    speed_ = new QDoubleSpinBox(bar);
    speed_->setFocusPolicy(Qt::ClickFocus);
    speed_->setRange(0.1, 1000);
    speed_->setValue(session_->speed());
    speed_->setDecimals(2);
    speed_->setToolTip(tr("Play speed"));
    connect(speed_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (pace_->currentIndex() == 0)
            session_->set_speed(value);
        else
            session_->set_real_time(value);
    });
    bar->addWidget(speed_);
    pace_ = new QComboBox(bar);
    pace_->setFocusPolicy(Qt::ClickFocus);
    pace_->addItems({tr("events per second"), tr("× real time")});
    pace_->setToolTip(tr("Play at a number of events per second, or follow the "
                         "virtual clock scaled"));
    connect(pace_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index == 0) {
            session_->set_real_time(0);
            speed_->setValue(2);
            session_->set_speed(2);
        } else {
            speed_->setValue(0.1);
            session_->set_real_time(0.1);
        }
    });
    bar->addWidget(pace_);
    bar->addSeparator();
    numbers_picker_ = new QComboBox(bar);
    numbers_picker_->setObjectName("numbers_picker");
    numbers_picker_->setFocusPolicy(Qt::ClickFocus);
    for (Notation n : {Notation::Symbolic, Notation::Relative, Notation::Absolute})
        numbers_picker_->addItem(notation_name(n), int(n));
    numbers_picker_->setToolTip(tr("How Seq and Ack are written in the diagram and every panel (Ctrl+R)"));
    connect(numbers_picker_, &QComboBox::activated, this,
            [this](int index) { set_notation(Notation(numbers_picker_->itemData(index).toInt())); });
    bar->addWidget(numbers_picker_);
    bar->addSeparator();
    for (const char* name : {"lose_any", "forge_syn", "flood"})
        bar->addAction(action(name));
    bar->addSeparator();
    bar->addAction(action("lessons"));
    exported_ = new QLabel(this);
    exported_->setObjectName("exported");
    exported_->setTextFormat(Qt::RichText);
    exported_->setOpenExternalLinks(true);
    exported_->hide();
    statusBar()->addWidget(exported_);
    clock_ = new QLabel(this);
    clock_->setMargin(4);
    statusBar()->addPermanentWidget(clock_);
}

} // namespace tcpviz
