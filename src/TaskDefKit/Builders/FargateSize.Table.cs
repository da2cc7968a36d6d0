// The members below list every row of src/Shared/Rules/FargateSizes.cs; FargateSizeTests checks that they match it exactly.
using System.Collections.Generic;

namespace TaskDefKit.Builders
{
    public sealed partial class FargateSize
    {
        /// <summary>0.25 vCPU (<c>cpu</c> "256"): choose the memory next, e.g. <c>FargateSize.Cpu256.Memory512</c>.</summary>
        public static Cpu256Sizes Cpu256 { get; } = new Cpu256Sizes();

        /// <summary>0.5 vCPU (<c>cpu</c> "512"): choose the memory next, e.g. <c>FargateSize.Cpu512.Memory1024</c>.</summary>
        public static Cpu512Sizes Cpu512 { get; } = new Cpu512Sizes();

        /// <summary>1 vCPU (<c>cpu</c> "1024"): choose the memory next, e.g. <c>FargateSize.Cpu1024.Memory2048</c>.</summary>
        public static Cpu1024Sizes Cpu1024 { get; } = new Cpu1024Sizes();

        /// <summary>2 vCPU (<c>cpu</c> "2048"): choose the memory next, e.g. <c>FargateSize.Cpu2048.Memory4096</c>.</summary>
        public static Cpu2048Sizes Cpu2048 { get; } = new Cpu2048Sizes();

        /// <summary>4 vCPU (<c>cpu</c> "4096"): choose the memory next, e.g. <c>FargateSize.Cpu4096.Memory8192</c>.</summary>
        public static Cpu4096Sizes Cpu4096 { get; } = new Cpu4096Sizes();

        /// <summary>8 vCPU (<c>cpu</c> "8192"): choose the memory next, e.g. <c>FargateSize.Cpu8192.Memory16384</c>.</summary>
        public static Cpu8192Sizes Cpu8192 { get; } = new Cpu8192Sizes();

        /// <summary>16 vCPU (<c>cpu</c> "16384"): choose the memory next, e.g. <c>FargateSize.Cpu16384.Memory32768</c>.</summary>
        public static Cpu16384Sizes Cpu16384 { get; } = new Cpu16384Sizes();

        /// <summary>Every Fargate size, in cpu order, then memory order.</summary>
        public static IReadOnlyList<FargateSize> All { get; } = new[]
        {
            Cpu256.Memory512,
            Cpu256.Memory1024,
            Cpu256.Memory2048,
            Cpu512.Memory1024,
            Cpu512.Memory2048,
            Cpu512.Memory3072,
            Cpu512.Memory4096,
            Cpu1024.Memory2048,
            Cpu1024.Memory3072,
            Cpu1024.Memory4096,
            Cpu1024.Memory5120,
            Cpu1024.Memory6144,
            Cpu1024.Memory7168,
            Cpu1024.Memory8192,
            Cpu2048.Memory4096,
            Cpu2048.Memory5120,
            Cpu2048.Memory6144,
            Cpu2048.Memory7168,
            Cpu2048.Memory8192,
            Cpu2048.Memory9216,
            Cpu2048.Memory10240,
            Cpu2048.Memory11264,
            Cpu2048.Memory12288,
            Cpu2048.Memory13312,
            Cpu2048.Memory14336,
            Cpu2048.Memory15360,
            Cpu2048.Memory16384,
            Cpu4096.Memory8192,
            Cpu4096.Memory9216,
            Cpu4096.Memory10240,
            Cpu4096.Memory11264,
            Cpu4096.Memory12288,
            Cpu4096.Memory13312,
            Cpu4096.Memory14336,
            Cpu4096.Memory15360,
            Cpu4096.Memory16384,
            Cpu4096.Memory17408,
            Cpu4096.Memory18432,
            Cpu4096.Memory19456,
            Cpu4096.Memory20480,
            Cpu4096.Memory21504,
            Cpu4096.Memory22528,
            Cpu4096.Memory23552,
            Cpu4096.Memory24576,
            Cpu4096.Memory25600,
            Cpu4096.Memory26624,
            Cpu4096.Memory27648,
            Cpu4096.Memory28672,
            Cpu4096.Memory29696,
            Cpu4096.Memory30720,
            Cpu8192.Memory16384,
            Cpu8192.Memory20480,
            Cpu8192.Memory24576,
            Cpu8192.Memory28672,
            Cpu8192.Memory32768,
            Cpu8192.Memory36864,
            Cpu8192.Memory40960,
            Cpu8192.Memory45056,
            Cpu8192.Memory49152,
            Cpu8192.Memory53248,
            Cpu8192.Memory57344,
            Cpu8192.Memory61440,
            Cpu16384.Memory32768,
            Cpu16384.Memory40960,
            Cpu16384.Memory49152,
            Cpu16384.Memory57344,
            Cpu16384.Memory65536,
            Cpu16384.Memory73728,
            Cpu16384.Memory81920,
            Cpu16384.Memory90112,
            Cpu16384.Memory98304,
            Cpu16384.Memory106496,
            Cpu16384.Memory114688,
            Cpu16384.Memory122880,
        };

        /// <summary>The memory sizes Fargate accepts with 0.25 vCPU (<c>cpu</c> "256") (Linux only).</summary>
        public sealed class Cpu256Sizes
        {
            internal Cpu256Sizes()
            {
            }

            /// <summary>0.25 vCPU with 0.5 GB (<c>memory</c> "512").</summary>
            public FargateSize Memory512 { get; } = new FargateSize(256, 512);

            /// <summary>0.25 vCPU with 1 GB (<c>memory</c> "1024").</summary>
            public FargateSize Memory1024 { get; } = new FargateSize(256, 1024);

            /// <summary>0.25 vCPU with 2 GB (<c>memory</c> "2048").</summary>
            public FargateSize Memory2048 { get; } = new FargateSize(256, 2048);
        }

        /// <summary>The memory sizes Fargate accepts with 0.5 vCPU (<c>cpu</c> "512") (Linux only).</summary>
        public sealed class Cpu512Sizes
        {
            internal Cpu512Sizes()
            {
            }

            /// <summary>0.5 vCPU with 1 GB (<c>memory</c> "1024").</summary>
            public FargateSize Memory1024 { get; } = new FargateSize(512, 1024);

            /// <summary>0.5 vCPU with 2 GB (<c>memory</c> "2048").</summary>
            public FargateSize Memory2048 { get; } = new FargateSize(512, 2048);

            /// <summary>0.5 vCPU with 3 GB (<c>memory</c> "3072").</summary>
            public FargateSize Memory3072 { get; } = new FargateSize(512, 3072);

            /// <summary>0.5 vCPU with 4 GB (<c>memory</c> "4096").</summary>
            public FargateSize Memory4096 { get; } = new FargateSize(512, 4096);
        }

        /// <summary>The memory sizes Fargate accepts with 1 vCPU (<c>cpu</c> "1024") (Linux and Windows).</summary>
        public sealed class Cpu1024Sizes
        {
            internal Cpu1024Sizes()
            {
            }

            /// <summary>1 vCPU with 2 GB (<c>memory</c> "2048").</summary>
            public FargateSize Memory2048 { get; } = new FargateSize(1024, 2048);

            /// <summary>1 vCPU with 3 GB (<c>memory</c> "3072").</summary>
            public FargateSize Memory3072 { get; } = new FargateSize(1024, 3072);

            /// <summary>1 vCPU with 4 GB (<c>memory</c> "4096").</summary>
            public FargateSize Memory4096 { get; } = new FargateSize(1024, 4096);

            /// <summary>1 vCPU with 5 GB (<c>memory</c> "5120").</summary>
            public FargateSize Memory5120 { get; } = new FargateSize(1024, 5120);

            /// <summary>1 vCPU with 6 GB (<c>memory</c> "6144").</summary>
            public FargateSize Memory6144 { get; } = new FargateSize(1024, 6144);

            /// <summary>1 vCPU with 7 GB (<c>memory</c> "7168").</summary>
            public FargateSize Memory7168 { get; } = new FargateSize(1024, 7168);

            /// <summary>1 vCPU with 8 GB (<c>memory</c> "8192").</summary>
            public FargateSize Memory8192 { get; } = new FargateSize(1024, 8192);
        }

        /// <summary>The memory sizes Fargate accepts with 2 vCPU (<c>cpu</c> "2048") (Linux and Windows).</summary>
        public sealed class Cpu2048Sizes
        {
            internal Cpu2048Sizes()
            {
            }

            /// <summary>2 vCPU with 4 GB (<c>memory</c> "4096").</summary>
            public FargateSize Memory4096 { get; } = new FargateSize(2048, 4096);

            /// <summary>2 vCPU with 5 GB (<c>memory</c> "5120").</summary>
            public FargateSize Memory5120 { get; } = new FargateSize(2048, 5120);

            /// <summary>2 vCPU with 6 GB (<c>memory</c> "6144").</summary>
            public FargateSize Memory6144 { get; } = new FargateSize(2048, 6144);

            /// <summary>2 vCPU with 7 GB (<c>memory</c> "7168").</summary>
            public FargateSize Memory7168 { get; } = new FargateSize(2048, 7168);

            /// <summary>2 vCPU with 8 GB (<c>memory</c> "8192").</summary>
            public FargateSize Memory8192 { get; } = new FargateSize(2048, 8192);

            /// <summary>2 vCPU with 9 GB (<c>memory</c> "9216").</summary>
            public FargateSize Memory9216 { get; } = new FargateSize(2048, 9216);

            /// <summary>2 vCPU with 10 GB (<c>memory</c> "10240").</summary>
            public FargateSize Memory10240 { get; } = new FargateSize(2048, 10240);

            /// <summary>2 vCPU with 11 GB (<c>memory</c> "11264").</summary>
            public FargateSize Memory11264 { get; } = new FargateSize(2048, 11264);

            /// <summary>2 vCPU with 12 GB (<c>memory</c> "12288").</summary>
            public FargateSize Memory12288 { get; } = new FargateSize(2048, 12288);

            /// <summary>2 vCPU with 13 GB (<c>memory</c> "13312").</summary>
            public FargateSize Memory13312 { get; } = new FargateSize(2048, 13312);

            /// <summary>2 vCPU with 14 GB (<c>memory</c> "14336").</summary>
            public FargateSize Memory14336 { get; } = new FargateSize(2048, 14336);

            /// <summary>2 vCPU with 15 GB (<c>memory</c> "15360").</summary>
            public FargateSize Memory15360 { get; } = new FargateSize(2048, 15360);

            /// <summary>2 vCPU with 16 GB (<c>memory</c> "16384").</summary>
            public FargateSize Memory16384 { get; } = new FargateSize(2048, 16384);
        }

        /// <summary>The memory sizes Fargate accepts with 4 vCPU (<c>cpu</c> "4096") (Linux and Windows).</summary>
        public sealed class Cpu4096Sizes
        {
            internal Cpu4096Sizes()
            {
            }

            /// <summary>4 vCPU with 8 GB (<c>memory</c> "8192").</summary>
            public FargateSize Memory8192 { get; } = new FargateSize(4096, 8192);

            /// <summary>4 vCPU with 9 GB (<c>memory</c> "9216").</summary>
            public FargateSize Memory9216 { get; } = new FargateSize(4096, 9216);

            /// <summary>4 vCPU with 10 GB (<c>memory</c> "10240").</summary>
            public FargateSize Memory10240 { get; } = new FargateSize(4096, 10240);

            /// <summary>4 vCPU with 11 GB (<c>memory</c> "11264").</summary>
            public FargateSize Memory11264 { get; } = new FargateSize(4096, 11264);

            /// <summary>4 vCPU with 12 GB (<c>memory</c> "12288").</summary>
            public FargateSize Memory12288 { get; } = new FargateSize(4096, 12288);

            /// <summary>4 vCPU with 13 GB (<c>memory</c> "13312").</summary>
            public FargateSize Memory13312 { get; } = new FargateSize(4096, 13312);

            /// <summary>4 vCPU with 14 GB (<c>memory</c> "14336").</summary>
            public FargateSize Memory14336 { get; } = new FargateSize(4096, 14336);

            /// <summary>4 vCPU with 15 GB (<c>memory</c> "15360").</summary>
            public FargateSize Memory15360 { get; } = new FargateSize(4096, 15360);

            /// <summary>4 vCPU with 16 GB (<c>memory</c> "16384").</summary>
            public FargateSize Memory16384 { get; } = new FargateSize(4096, 16384);

            /// <summary>4 vCPU with 17 GB (<c>memory</c> "17408").</summary>
            public FargateSize Memory17408 { get; } = new FargateSize(4096, 17408);

            /// <summary>4 vCPU with 18 GB (<c>memory</c> "18432").</summary>
            public FargateSize Memory18432 { get; } = new FargateSize(4096, 18432);

            /// <summary>4 vCPU with 19 GB (<c>memory</c> "19456").</summary>
            public FargateSize Memory19456 { get; } = new FargateSize(4096, 19456);

            /// <summary>4 vCPU with 20 GB (<c>memory</c> "20480").</summary>
            public FargateSize Memory20480 { get; } = new FargateSize(4096, 20480);

            /// <summary>4 vCPU with 21 GB (<c>memory</c> "21504").</summary>
            public FargateSize Memory21504 { get; } = new FargateSize(4096, 21504);

            /// <summary>4 vCPU with 22 GB (<c>memory</c> "22528").</summary>
            public FargateSize Memory22528 { get; } = new FargateSize(4096, 22528);

            /// <summary>4 vCPU with 23 GB (<c>memory</c> "23552").</summary>
            public FargateSize Memory23552 { get; } = new FargateSize(4096, 23552);

            /// <summary>4 vCPU with 24 GB (<c>memory</c> "24576").</summary>
            public FargateSize Memory24576 { get; } = new FargateSize(4096, 24576);

            /// <summary>4 vCPU with 25 GB (<c>memory</c> "25600").</summary>
            public FargateSize Memory25600 { get; } = new FargateSize(4096, 25600);

            /// <summary>4 vCPU with 26 GB (<c>memory</c> "26624").</summary>
            public FargateSize Memory26624 { get; } = new FargateSize(4096, 26624);

            /// <summary>4 vCPU with 27 GB (<c>memory</c> "27648").</summary>
            public FargateSize Memory27648 { get; } = new FargateSize(4096, 27648);

            /// <summary>4 vCPU with 28 GB (<c>memory</c> "28672").</summary>
            public FargateSize Memory28672 { get; } = new FargateSize(4096, 28672);

            /// <summary>4 vCPU with 29 GB (<c>memory</c> "29696").</summary>
            public FargateSize Memory29696 { get; } = new FargateSize(4096, 29696);

            /// <summary>4 vCPU with 30 GB (<c>memory</c> "30720").</summary>
            public FargateSize Memory30720 { get; } = new FargateSize(4096, 30720);
        }

        /// <summary>The memory sizes Fargate accepts with 8 vCPU (<c>cpu</c> "8192") (Linux only).</summary>
        public sealed class Cpu8192Sizes
        {
            internal Cpu8192Sizes()
            {
            }

            /// <summary>8 vCPU with 16 GB (<c>memory</c> "16384").</summary>
            public FargateSize Memory16384 { get; } = new FargateSize(8192, 16384);

            /// <summary>8 vCPU with 20 GB (<c>memory</c> "20480").</summary>
            public FargateSize Memory20480 { get; } = new FargateSize(8192, 20480);

            /// <summary>8 vCPU with 24 GB (<c>memory</c> "24576").</summary>
            public FargateSize Memory24576 { get; } = new FargateSize(8192, 24576);

            /// <summary>8 vCPU with 28 GB (<c>memory</c> "28672").</summary>
            public FargateSize Memory28672 { get; } = new FargateSize(8192, 28672);

            /// <summary>8 vCPU with 32 GB (<c>memory</c> "32768").</summary>
            public FargateSize Memory32768 { get; } = new FargateSize(8192, 32768);

            /// <summary>8 vCPU with 36 GB (<c>memory</c> "36864").</summary>
            public FargateSize Memory36864 { get; } = new FargateSize(8192, 36864);

            /// <summary>8 vCPU with 40 GB (<c>memory</c> "40960").</summary>
            public FargateSize Memory40960 { get; } = new FargateSize(8192, 40960);

            /// <summary>8 vCPU with 44 GB (<c>memory</c> "45056").</summary>
            public FargateSize Memory45056 { get; } = new FargateSize(8192, 45056);

            /// <summary>8 vCPU with 48 GB (<c>memory</c> "49152").</summary>
            public FargateSize Memory49152 { get; } = new FargateSize(8192, 49152);

            /// <summary>8 vCPU with 52 GB (<c>memory</c> "53248").</summary>
            public FargateSize Memory53248 { get; } = new FargateSize(8192, 53248);

            /// <summary>8 vCPU with 56 GB (<c>memory</c> "57344").</summary>
            public FargateSize Memory57344 { get; } = new FargateSize(8192, 57344);

            /// <summary>8 vCPU with 60 GB (<c>memory</c> "61440").</summary>
            public FargateSize Memory61440 { get; } = new FargateSize(8192, 61440);
        }

        /// <summary>The memory sizes Fargate accepts with 16 vCPU (<c>cpu</c> "16384") (Linux only).</summary>
        public sealed class Cpu16384Sizes
        {
            internal Cpu16384Sizes()
            {
            }

            /// <summary>16 vCPU with 32 GB (<c>memory</c> "32768").</summary>
            public FargateSize Memory32768 { get; } = new FargateSize(16384, 32768);

            /// <summary>16 vCPU with 40 GB (<c>memory</c> "40960").</summary>
            public FargateSize Memory40960 { get; } = new FargateSize(16384, 40960);

            /// <summary>16 vCPU with 48 GB (<c>memory</c> "49152").</summary>
            public FargateSize Memory49152 { get; } = new FargateSize(16384, 49152);

            /// <summary>16 vCPU with 56 GB (<c>memory</c> "57344").</summary>
            public FargateSize Memory57344 { get; } = new FargateSize(16384, 57344);

            /// <summary>16 vCPU with 64 GB (<c>memory</c> "65536").</summary>
            public FargateSize Memory65536 { get; } = new FargateSize(16384, 65536);

            /// <summary>16 vCPU with 72 GB (<c>memory</c> "73728").</summary>
            public FargateSize Memory73728 { get; } = new FargateSize(16384, 73728);

            /// <summary>16 vCPU with 80 GB (<c>memory</c> "81920").</summary>
            public FargateSize Memory81920 { get; } = new FargateSize(16384, 81920);

            /// <summary>16 vCPU with 88 GB (<c>memory</c> "90112").</summary>
            public FargateSize Memory90112 { get; } = new FargateSize(16384, 90112);

            /// <summary>16 vCPU with 96 GB (<c>memory</c> "98304").</summary>
            public FargateSize Memory98304 { get; } = new FargateSize(16384, 98304);

            /// <summary>16 vCPU with 104 GB (<c>memory</c> "106496").</summary>
            public FargateSize Memory106496 { get; } = new FargateSize(16384, 106496);

            /// <summary>16 vCPU with 112 GB (<c>memory</c> "114688").</summary>
            public FargateSize Memory114688 { get; } = new FargateSize(16384, 114688);

            /// <summary>16 vCPU with 120 GB (<c>memory</c> "122880").</summary>
            public FargateSize Memory122880 { get; } = new FargateSize(16384, 122880);
        }
    }
}
