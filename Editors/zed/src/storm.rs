// Starts `stormc lsp` (found on the PATH of the worktree's shell) for Storm files.
use zed_extension_api as zed;

struct Storm;

impl zed::Extension for Storm {
    fn new() -> Self {
        Storm
    }

    fn language_server_command(&mut self, _id: &zed::LanguageServerId, worktree: &zed::Worktree) -> zed::Result<zed::Command> {
        let path = worktree.which("stormc").ok_or("stormc is not on PATH: build it with `swift build -c release` and add .build/release to PATH")?;
        Ok(zed::Command { command: path, args: vec!["lsp".into()], env: Default::default() })
    }
}

zed::register_extension!(Storm);
