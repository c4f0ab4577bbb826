using QRCoder;

namespace Spel.Server.Sessions;

public static class QrCodes
{
    /// <summary>A QR code as SVG; medium error correction survives a projector's glare and a dusty lens.</summary>
    public static string Svg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10);
    }
}
