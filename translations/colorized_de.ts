<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ColorizeWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="88"/>
        <source>No colorization model is set. Choose a model file in the Settings panel (Model), or install the default model; the README explains how to train one with colorized-cli train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="92"/>
        <source>The model file %1 does not exist. Choose another model in the Settings panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="101"/>
        <source>The model file %1 could not be loaded: %2 Choose another model in the Settings panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="149"/>
        <source>%1 could not be opened: %2 Check that it is a JPEG, PNG or TIFF image and that the file is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="178"/>
        <source>The selected timeline frame can no longer be continued. Colorize the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/colorizeworker.cpp" line="279"/>
        <source>Colorizing %1 failed: %2 Try another working resolution or model; if it keeps failing, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>Export the colorized photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exportdialog.cpp" line="23"/>
        <source>Export %n colorized photos</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="26"/>
        <source>Exports are new files at full resolution; originals are never changed. Each carries its provenance (IPTC digital source type, model, seed, hints) in its metadata and in a .json file beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="40"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="43"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="46"/>
        <source>PNG (lossless, keeps 16 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="47"/>
        <source>TIFF (lossless, keeps 16 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="48"/>
        <source>JPEG (smaller, 8 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="50"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="55"/>
        <source>JPEG quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="64"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="75"/>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/exportdialog.cpp" line="94"/>
        <source>Choose a folder that exists and that you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HintsDock</name>
    <message>
        <location filename="../ui/hintsdock.cpp" line="30"/>
        <location filename="../ui/hintsdock.cpp" line="42"/>
        <source>Color hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="35"/>
        <source>Where you know a color (a uniform, a painted door), pin it: the model follows hints when you colorize again or continue from a timeline frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="46"/>
        <source>Add hint on photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="48"/>
        <source>Click on the photo to place a hint (H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="49"/>
        <source>Change color…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="50"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="51"/>
        <source>Remove the selected hint (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="52"/>
        <source>Remove all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="87"/>
        <source>%1. %2 at %3 %, %4 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/hintsdock.cpp" line="93"/>
        <source>Double-click to change the color; drag the marker on the photo to move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../ui/imageviewer.cpp" line="31"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="362"/>
        <source>No candidates yet: colorize the photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="379"/>
        <source>Candidate %1 (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="380"/>
        <source>Candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="387"/>
        <source>Original (not colorized yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="388"/>
        <source>Colorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/imageviewer.cpp" line="398"/>
        <location filename="../ui/imageviewer.cpp" line="412"/>
        <location filename="../ui/imageviewer.cpp" line="421"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Hint color (custom colors: what the candidates give here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>COLORIZED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="96"/>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Model: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Open Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>Export &amp;All Colorized…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&amp;Colorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>Colorize the selected photos (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Colorize A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>Cancel the running colorization (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>Cancel All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>Shift+Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>Continue from Selected &amp;Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216"/>
        <source>New &amp;Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Place Color &amp;Hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>Remove Selected Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Colorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Split View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Side &amp;by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Ca&amp;ndidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>&amp;Toggle Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="241"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Flip between the original and the colorized photo (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="247"/>
        <source>Show &amp;Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>Highlight where the candidates disagree: there the colors are a guess (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>&amp;Play/Pause Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="277"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Ctrl+=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Zoom O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="297"/>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="299"/>
        <source>&amp;Actual Pixels (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="300"/>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>Next Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Previous Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>[</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="311"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&amp;About COLORIZED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>About COLORIZED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&lt;p&gt;&lt;b&gt;COLORIZED %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Colorization of lost or ruined images employing diffusion.&lt;/p&gt;&lt;p&gt;Colors are an estimate made by a trained model; exports say so in their metadata and never replace the original.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372"/>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>Model: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>Drop photographs or folders here, or use File &gt; Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="401"/>
        <source>No colorization model found: choose one in the Settings panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="469"/>
        <source>No photographs found in what was dropped or opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>Added %n photo(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>Open photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="523"/>
        <source>Images (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>Open a folder of photographs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="566"/>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="626"/>
        <location filename="../ui/mainwindow.cpp" line="667"/>
        <location filename="../ui/mainwindow.cpp" line="669"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="743"/>
        <source>No colorization model is set: choose one in the Settings panel (Model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="767"/>
        <source>Colorize the photo first, then pick a timeline frame to continue from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="782"/>
        <source>Continuing from step %1 with seed %2 and %n hint(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="823"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="825"/>
        <source>Colorizing %1 (%n more waiting)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="826"/>
        <source>Colorizing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="847"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="849"/>
        <source>Estimating time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="851"/>
        <source>About %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="853"/>
        <source>About %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="867"/>
        <source>%1 colorized in %2 s (seed %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="885"/>
        <source>Colorizing %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="896"/>
        <source>Colorizing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="897"/>
        <source>Cancelled colorizing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="943"/>
        <source>Hint added. Colorize again (Ctrl+R) or continue from a timeline frame to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1022"/>
        <source>Candidate %1 chosen: it is the one exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1072"/>
        <source>Exporting… %n left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1076"/>
        <source>Exported %n photo(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1078"/>
        <source>%n export(s) failed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1079"/>
        <source>Export problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="1091"/>
        <source>Nothing to export: colorize a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="1094"/>
        <source>Exporting %n photo(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelLocator</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modellocator.cpp" line="49"/>
        <source>No colorization model was found. Looked in: %1. Choose a model file with Settings &gt; Model &gt; Choose…, set the COLORIZED_MODEL environment variable, or train one with &quot;colorized-cli train&quot; as the README explains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="24"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="26"/>
        <source>Not colorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="28"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="30"/>
        <source>Colorizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="32"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="34"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="48"/>
        <source>Colorizing %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/photolistmodel.cpp" line="65"/>
        <source>%1 × %2 pixels, %3-bit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoLoader</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/photoloader.cpp" line="41"/>
        <source>%1 cannot be opened as a photograph: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="22"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="27"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="31"/>
        <source>All cores (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="33"/>
        <source>Processor threads the colorization may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="34"/>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="36"/>
        <source>Colorize photos as soon as they are added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.cpp" line="41"/>
        <source>A new language applies to all windows after COLORIZED restarts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="102"/>
        <source>The exported file %1 could not be reopened to add its provenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/provenance.cpp" line="141"/>
        <source>The provenance could not be written into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDock</name>
    <message>
        <location filename="../ui/settingsdock.cpp" line="30"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="41"/>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="43"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="44"/>
        <source>Choose the model file (.safetensors) used to colorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="47"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="54"/>
        <source>DDIM (fast, few steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="55"/>
        <source>DDPM (every step, slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="56"/>
        <source>Sampler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="61"/>
        <source>More steps can give cleaner colors and take longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="62"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="67"/>
        <source>The same photo, settings and seed give exactly the same result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="69"/>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="70"/>
        <source>Draw a new random seed (Ctrl+G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="73"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="77"/>
        <source>Several candidates are computed together; where they disagree, the uncertainty map lights up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="78"/>
        <source>Candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="82"/>
        <source>Model default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="82"/>
        <source>%1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="83"/>
        <source>Long side at which the model works; the result keeps the original&apos;s full resolution and detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="84"/>
        <source>Working resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="86"/>
        <source>Faster reduced precision (bfloat16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="87"/>
        <source>About 1.5 times faster on recent processors; colors may differ very slightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="91"/>
        <source>Colorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="92"/>
        <source>Colorize the selected photos with these settings (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="108"/>
        <source> (DDPM uses all %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="157"/>
        <source>%1 — works at %2 pixels, %3 diffusion steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="177"/>
        <source>Choose a colorization model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdock.cpp" line="178"/>
        <source>Model files (*.safetensors)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <location filename="../ui/timelinedock.cpp" line="19"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="38"/>
        <source>Timeline frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="44"/>
        <source>Play the reverse process (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="45"/>
        <location filename="../ui/timelinedock.cpp" line="201"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="50"/>
        <source>Scrub through the reverse process; the far right is the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="51"/>
        <source>Timeline position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="55"/>
        <source>Predicted result (x₀)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="56"/>
        <source>Noisy state (xₜ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="57"/>
        <source>What each frame shows: the model&apos;s guess of the final colors, or the noisy state being denoised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="60"/>
        <source>Continue from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="61"/>
        <source>Run the rest of the process again from the selected frame, with the current seed and hints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="67"/>
        <location filename="../ui/timelinedock.cpp" line="178"/>
        <source>No frames yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="178"/>
        <source>Final result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinedock.cpp" line="201"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="31"/>
        <source>Step %1 of %2, t = %3: predicted result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="32"/>
        <source>Step %1 of %2, t = %3: noisy state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainWorker</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="172"/>
        <source>Fine-tuning stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="181"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="189"/>
        <source>The folder %1 holds no fine-tuning run to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="215"/>
        <source>Reading the photographs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="264"/>
        <source>Colorizing the held-out photographs with the base model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="304"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="355"/>
        <source>Colorizing the held-out photographs with the fine-tuned model…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>colorized::jobs</name>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="64"/>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="184"/>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="193"/>
        <source>%1 is not a COLORIZED model: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="209"/>
        <source>Could not copy %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="220"/>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="244"/>
        <source>Give the model a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="229"/>
        <source>Could not save the model as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="240"/>
        <source>%1 came with COLORIZED and cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="251"/>
        <source>Could not rename the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="264"/>
        <source>%1 came with COLORIZED and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/modelstore.cpp" line="268"/>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/jobs/colorized/jobs/trainworker.cpp" line="146"/>
        <source>Could not write the training state in %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
