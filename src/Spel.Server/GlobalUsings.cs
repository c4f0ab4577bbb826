// Orleans brings its own ErrorCode into scope; in this project the word means the game's refusal reasons.
global using ErrorCode = Spel.Scenarios.Play.ErrorCode;
