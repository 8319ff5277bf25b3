; Inno Setup 6 script: a Windows installer for the PyInstaller folder dist\DebtLens (docs/packaging.md, "Windows").
; Not built by CI. On Windows, after `pyinstaller packaging\debtlens.spec` and rendering build\icons\DebtLens.ico:
;     iscc packaging\windows\debtlens.iss        ->  dist\DebtLens-<version>-windows-x64-setup.exe
; Installs for the current user without administrator rights (or for everyone, when the user chooses so), adds a
; Start-menu entry and an uninstaller. The ledger lives in %LOCALAPPDATA%\DebtLens and is never removed here.

#define AppName "DebtLens"
#ifndef AppVersion
  ; the version of app/__init__.py; `iscc /DAppVersion=x.y.z` overrides it
  #define AppVersion "0.1.0"
#endif
#define AppExe "DebtLens.exe"

[Setup]
AppId=org.debtlens.DebtLens
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The DebtLens developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=build\icons\DebtLens.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese setup texts are one of Inno Setup's unofficial translations: used when put in its Languages folder
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle: DebtLens.exe (the window), debtlens-cli.exe (commands, --self-test), _internal\
Source: "dist\DebtLens\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
