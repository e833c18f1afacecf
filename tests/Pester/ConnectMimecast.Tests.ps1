BeforeAll {
    . "$PSScriptRoot/Support/TestSupport.ps1"
    Import-TestedModule
    $sandbox = Start-TestSandbox
}

AfterAll {
    Stop-TestSandbox $sandbox
}

Describe 'Connect-Mimecast refusals' {
    It 'fails on a wrong API 1.0 secret key, saying what to check' {
        $caught = $null
        try { Connect-Mimecast -BaseUri $sandbox.BaseUri -AccessKey sandbox-access-key -SecretKey 'U2VjcmV0S2V5' -AppId sandbox-app-id -AppKey sandbox-app-key } catch { $caught = $_ }
        $caught.FullyQualifiedErrorId | Should -BeLike 'err_xdk_invalid_signature,*'
        $caught.Exception.Message | Should -BeLike '*0004 Invalid Signature*'
        $caught.Exception.Message | Should -BeLike '*clock*'
        $caught.Exception.Message | Should -BeLike '*region*'
    }

    It 'refuses <Location> before sending anything' -ForEach @(
        @{ Location = @('-BaseUri', 'http://api.example.com'); Expected = '*plain http*' }
        @{ Location = @('-BaseUri', 'https://eu-api.mimecast.com/api/x'); Expected = '*without a path*' }
        @{ Location = @('-Region', 'UK'); Expected = '*API 1.0 regions are*' }
    ) {
        $parameters = @{ AccessKey = 'a'; SecretKey = 'U2VjcmV0S2V5'; AppId = 'b'; AppKey = 'c' }
        $parameters[$Location[0].TrimStart('-')] = $Location[1]
        { Connect-Mimecast @parameters } | Should -Throw $Expected
    }
}
