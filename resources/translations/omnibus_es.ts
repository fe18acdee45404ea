<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../gui/article_view.py" line="180"/>
        <source>Article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="190"/>
        <source>Review cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="193"/>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="199"/>
        <source>This article is shown for information; it asks no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="224"/>
        <source>Copy the answers from the equivalent provision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="226"/>
        <source>%1 asks for the same measures; copy its answers here, where they differ. You can undo the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="281"/>
        <source>Nothing to copy: %1 has no answers that differ from these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="287"/>
        <source>Replace answers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="288"/>
        <source>Copying from %1 replaces %2 answers already given here. You can undo it with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="293"/>
        <source>Copy answers from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="294"/>
        <source>%1 answers copied from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentFields</name>
    <message>
        <location filename="../../gui/assessment_fields.py" line="29"/>
        <source>Type or choose a Member State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assessment_fields.py" line="32"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assessment_fields.py" line="52"/>
        <source>Language of the submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assessment_fields.py" line="55"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assessment_fields.py" line="56"/>
        <source>Instruments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/assessment_fields.py" line="57"/>
        <source>&amp;Language of the submission:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../gui/editors.py" line="76"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="76"/>
        <source>In part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="76"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="77"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="91"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="92"/>
        <source>Clear the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="47"/>
        <source>Omnibus met an unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="50"/>
        <source>Something went wrong inside Omnibus. Your answers up to this moment are saved in your assessment file. Please copy the details below and send them to whoever supports Omnibus in your ministry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="59"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../gui/editors.py" line="254"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="261"/>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="262"/>
        <source>Choose the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="287"/>
        <source>not a real date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/export_dialog.py" line="38"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="43"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="43"/>
        <source>PDF document (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="44"/>
        <source>Web page (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="44"/>
        <source>JSON data (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="46"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="47"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="49"/>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="50"/>
        <source>The whole assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="53"/>
        <source>Only the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="56"/>
        <source>Only review cluster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="60"/>
        <source>Only the current article (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="62"/>
        <source>&amp;Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="63"/>
        <source>Mark as a &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="70"/>
        <source>Required questions still unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="74"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="103"/>
        <source>art. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="110"/>
        <source>%1 required questions are still unanswered. You can export anyway (for example a draft for review), or double-click one to answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="113"/>
        <source>Every required question in this part is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="129"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/export_dialog.py" line="130"/>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/filter_bar.py" line="19"/>
        <source>Filter the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="24"/>
        <source>Cl&amp;uster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="24"/>
        <source>Review cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="27"/>
        <source>O&amp;bligation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="27"/>
        <source>Level of obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="30"/>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="30"/>
        <source>State of the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="31"/>
        <source>Required answers missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="32"/>
        <source>Answered “No” or “In part”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="33"/>
        <source>Flagged for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="34"/>
        <source>With comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="36"/>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="36"/>
        <source>Agency assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="37"/>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="50"/>
        <location filename="../../gui/filter_bar.py" line="59"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/filter_bar.py" line="60"/>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../gui/history_dialog.py" line="107"/>
        <source>History of an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="117"/>
        <source>Revisions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="126"/>
        <source>No answer has been saved for this question yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="130"/>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="26"/>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="29"/>
        <source>Answers added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="30"/>
        <source>Answers changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="31"/>
        <source>Answers unchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="32"/>
        <source>Comments to store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="33"/>
        <source>Answers rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="40"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="42"/>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="44"/>
        <source>… and %1 more rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="50"/>
        <source>For example: Ministry of Justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="51"/>
        <source>Contributing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="53"/>
        <source>Contributing &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="59"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="65"/>
        <source>Some answers in this file cannot be used, so nothing will be imported. Ask the sender to correct them, or remove them from the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="69"/>
        <source>This file holds nothing new for this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="72"/>
        <source>Importing records the file and the agency with every answer it changes; each change can be seen in the question&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../gui/editors.py" line="320"/>
        <source>One web address or citation per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="69"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79"/>
        <source>Read-only: this file cannot be changed. You can read and export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="103"/>
        <location filename="../../gui/main_window.py" line="112"/>
        <location filename="../../gui/main_window.py" line="433"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="112"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="120"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="121"/>
        <source>&amp;About Omnibus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="124"/>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="129"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="130"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="131"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="134"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="135"/>
        <source>Propert&amp;ies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155"/>
        <source>&amp;Comment on this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="157"/>
        <source>F&amp;lag this question for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>&amp;History of this answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>&amp;Progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>&amp;Search panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>S&amp;maller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>Interface lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="193"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="194"/>
        <source>&amp;Next article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>&amp;Previous article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="198"/>
        <source>Next &amp;unanswered required question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="201"/>
        <source>&amp;Articles list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="203"/>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <source>About Omnibus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>%1 %2
Self-assessment checklist %3, version %4.
Works without any network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="252"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="305"/>
        <source>Every required question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="353"/>
        <source>Move to a question first, then ask for its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="408"/>
        <source>Text size: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="420"/>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="421"/>
        <source>Omnibus will use this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="425"/>
        <source>Not saved yet: retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="430"/>
        <source>This file is read-only; nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="434"/>
        <source>All changes are saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="452"/>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="453"/>
        <source>Some changes could not be saved yet:
%1

Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../gui/navigator.py" line="219"/>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../gui/navigator.py" line="50"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="50"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="125"/>
        <source>%1 required answers left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../gui/new_dialog.py" line="32"/>
        <source>New assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="45"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="46"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="50"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="58"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="66"/>
        <source>%1 self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="71"/>
        <source>Save the new assessment as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="72"/>
        <source>Omnibus assessments (*.omnibus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="88"/>
        <source>Choose the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="91"/>
        <source>Choose where to save the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/new_dialog.py" line="94"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <location filename="../../gui/output.py" line="45"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="46"/>
        <source>Import &amp;answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="47"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="48"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="77"/>
        <source>An export or import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="88"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="98"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="100"/>
        <source>Exported, with remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="101"/>
        <source>The export is complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="103"/>
        <source>Please read these remarks before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="110"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="119"/>
        <source>Import answers from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="120"/>
        <source>Submissions (*.json *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="125"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="134"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="139"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="143"/>
        <source>Imported %1: %2 answers added, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="149"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="152"/>
        <source>What to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="153"/>
        <source>The whole assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="156"/>
        <source>Only the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="158"/>
        <source>Only the current article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="160"/>
        <source>&amp;Print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/output.py" line="186"/>
        <source>Sent %1 pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../gui/progress_view.py" line="174"/>
        <source>Progress of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../gui/progress_view.py" line="121"/>
        <source>%1 of %2 required answers given (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="130"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="142"/>
        <source>%1 no, %2 in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="148"/>
        <source>Required answers given, per instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="149"/>
        <source>Required answers given, per review cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="150"/>
        <source>Provisions answered “No” (red) or “In part” (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="151"/>
        <source>Bars are out of every provision of the instrument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="152"/>
        <source>Technical assistance needed, by form (number of provisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/progress_view.py" line="158"/>
        <source>No provision asks for technical assistance yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../../gui/properties_dialog.py" line="44"/>
        <source>Properties of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="48"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="49"/>
        <source>&amp;Focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="50"/>
        <source>&amp;Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="71"/>
        <source>Answers to an instrument you leave out stay in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="77"/>
        <source>Reporting period, first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="78"/>
        <source>Reporting period, last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="83"/>
        <source>&amp;Reporting period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="91"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="99"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="99"/>
        <source>&amp;Title or position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="100"/>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="100"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="101"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="115"/>
        <source>C&amp;ontributing agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="119"/>
        <source>Contributing agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="124"/>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="125"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="131"/>
        <source>Articles and the agency that &amp;answers them (select several with Shift or Ctrl):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="136"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="136"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="137"/>
        <source>Articles and their agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="158"/>
        <source>Agency to assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="159"/>
        <source>Assi&amp;gn to selected articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="160"/>
        <source>&amp;Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="184"/>
        <source>Add an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="184"/>
        <source>Name of the agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="230"/>
        <source>Choose the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="232"/>
        <source>The reporting period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/properties_dialog.py" line="234"/>
        <source>The e-mail address of the focal point is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <location filename="../../gui/article_view.py" line="75"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="87"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="88"/>
        <source>Add or show a comment on this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="90"/>
        <source>Flag for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="91"/>
        <source>Flag this question for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="93"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="94"/>
        <source>Every earlier answer to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="102"/>
        <source>Comment (not part of the answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="106"/>
        <source>Comment on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="107"/>
        <source>For colleagues and reviewers; kept with the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <location filename="../../gui/history_dialog.py" line="69"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="69"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="69"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="69"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="69"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="91"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="91"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="91"/>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../gui/search.py" line="78"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="79"/>
        <source>Find in the checklist, answers and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="80"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="81"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="91"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="116"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="118"/>
        <source>The first %1 results; add a word to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="121"/>
        <source>%1 results. Enter or a click shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="139"/>
        <source>%1, art. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="145"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="145"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="145"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="146"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="146"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/search.py" line="147"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../gui/editors.py" line="370"/>
        <source>Select every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="373"/>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/editors.py" line="375"/>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../gui/welcome.py" line="38"/>
        <source>Self-assessment of the United Nations Convention against Transnational Organized Crime and its Protocols, article by article. Every answer is saved as you type, in one file you can copy and send. No internet connection is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="44"/>
        <source>&amp;New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="45"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="46"/>
        <source>Try the &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="51"/>
        <source>Recent assessments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="53"/>
        <source>Recent assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="55"/>
        <source>No recent assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../gui/article_view.py" line="38"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="38"/>
        <source>Must consider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/article_view.py" line="39"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="29"/>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="29"/>
        <source>Not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="31"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="35"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="35"/>
        <source>In part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="35"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="36"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="51"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="52"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="54"/>
        <source>copied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="56"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="58"/>
        <source>redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="58"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/history_dialog.py" line="60"/>
        <source>typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="179"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="179"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="180"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="180"/>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/navigator.py" line="181"/>
        <source>Flagged for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
